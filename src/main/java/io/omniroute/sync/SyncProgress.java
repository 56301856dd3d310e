package io.omniroute.sync;

/**
 * How far a pull has come: the changes applied so far, the cursor, the server's newest seq when the pull started
 * (0 when it could not be asked), and the pages read.
 */
public record SyncProgress(long changes, long lastSeq, long serverLastSeq, int pages) {
}
