package io.omniroute.server.store;

import java.sql.SQLException;
import java.util.Optional;

/** A database failure, unchecked, with the SQL state of its cause when there is one. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public StoreException(String message, SQLException cause) {
        super(message, cause);
        this.sqlState = cause.getSQLState();
    }

    StoreException(String message) {
        super(message);
        this.sqlState = null;
    }

    /** The SQLSTATE of the failure (for example 40001 for a serialization failure), when the driver gave one. */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
