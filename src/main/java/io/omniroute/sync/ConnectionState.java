package io.omniroute.sync;

/**
 * Where the client stands with the backend. ONLINE: caught up and following the feed (stream, or polling while the
 * stream is down); SYNCING: pulling pages of the feed; OFFLINE: the last attempt failed and the next one waits for
 * its backoff; PAUSED: the feed sent something this client cannot read, and the feed stops until the service is
 * started again (the outbox keeps sending).
 */
public enum ConnectionState {
    ONLINE,
    SYNCING,
    OFFLINE,
    PAUSED
}
