package io.omniroute.cache;

/**
 * Where a queued command stands. PENDING waits to be sent (or re-sent after a retryable failure); APPLIED, FAILED and
 * DISCARDED are final; CONFLICT waits for the user to re-apply it on the server's version or discard it.
 */
public enum OutboxState {
    PENDING,
    APPLIED,
    CONFLICT,
    FAILED,
    DISCARDED
}
