package io.omniroute.sync;

/** What one {@link SyncService#runOnce()} did: the pull, the commands sent, and those still waiting. */
public record SyncReport(SyncProgress pull, int commandsSent, int commandsPending) {
}
