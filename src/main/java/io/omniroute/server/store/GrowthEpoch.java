package io.omniroute.server.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts committed batches that may have made more stock, shipping capacity or other rules available: a release of
 * reserved units, new positions, a released shipment slot, a rules publication. A sourcing decision taken on a read
 * snapshot stays optimal while no such batch committed after the snapshot began: every other change can only have
 * taken plans away, and the writer checks that the chosen plan is still there.
 */
final class GrowthEpoch {

    private final AtomicLong committed = new AtomicLong();
    /** Set by the writer thread while its open batch holds such a change. */
    private boolean pending;

    long current() {
        return committed.get();
    }

    /** Writer thread: the open batch made something available. */
    void grew() {
        pending = true;
    }

    /** Writer thread: whether nothing was made available since the epoch was read, this open batch included. */
    boolean unchangedSince(long epoch) {
        return !pending && committed.get() == epoch;
    }

    /** Writer thread, once the batch committed or rolled back. */
    void batchEnded() {
        if (pending) {
            pending = false;
            committed.incrementAndGet();
        }
    }
}
