package io.omniroute.console.network;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Coalesces refresh requests: at most one refresh runs, requests during it fold into one more afterwards, and
 * starts are at least a minimum gap apart (a sync applies pages many times a second; the map need not follow each).
 * Not thread-safe: the ViewModel calls it on the UI thread only.
 */
final class RefreshThrottle {

    private final long minGapNanos;
    private final LongSupplier nanoTime;
    private boolean running;
    private boolean pending;
    private long lastStart;
    private boolean started;

    RefreshThrottle(Duration minGap, LongSupplier nanoTime) {
        this.minGapNanos = minGap.toNanos();
        this.nanoTime = nanoTime;
    }

    /** @return true when the caller should start a refresh now; false when one runs and will be followed up */
    boolean request() {
        if (running) {
            pending = true;
            return false;
        }
        running = true;
        return true;
    }

    /**
     * How long the refresh about to start should wait (in the background) so starts keep the gap; records the
     * start as that moment.
     */
    Duration delayBeforeStart() {
        long now = nanoTime.getAsLong();
        long wait = started ? Math.max(0, lastStart + minGapNanos - now) : 0;
        lastStart = now + wait;
        started = true;
        return Duration.ofNanos(wait);
    }

    /**
     * Ends the running refresh.
     *
     * @param succeeded false drops the requests that came meanwhile: after a failure the next request retries
     * @return true when requests came during a successful refresh, so the caller starts the next one now
     */
    boolean finished(boolean succeeded) {
        boolean again = pending && succeeded;
        pending = false;
        running = again;
        return again;
    }
}
