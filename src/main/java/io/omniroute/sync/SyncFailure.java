package io.omniroute.sync;

/** A one-off sync that could not finish: the backend is unreachable, refused the login, or sent unreadable data. */
public final class SyncFailure extends Exception {

    private static final long serialVersionUID = 1L;

    SyncFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
