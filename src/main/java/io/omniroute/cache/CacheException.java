package io.omniroute.cache;

import java.sql.SQLException;

/** The cache could not be opened, read or written; the message names the file or the values involved. */
public final class CacheException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CacheException(String message, Throwable cause) {
        super(message, cause);
    }

    CacheException(String message) {
        super(message);
    }

    static CacheException of(String what, SQLException e) {
        return new CacheException(what + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
    }
}
