package io.omniroute.sync;

/**
 * Told of status changes and pull progress, on the sync threads: a UI hands the values to its own thread. A listener
 * must return quickly and never call back into the service.
 */
public interface SyncListener {

    default void statusChanged(ConnectionStatus status) {
    }

    default void progress(SyncProgress progress) {
    }

    /** The backend accepted the login (again, after a token expired). */
    default void loggedIn(SessionInfo session) {
    }
}
