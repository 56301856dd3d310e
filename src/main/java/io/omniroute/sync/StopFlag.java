package io.omniroute.sync;

import java.time.Duration;

/**
 * How the sync threads are stopped: a flag they check and a wait that {@link #stop()} cuts short. Never an
 * interrupt, since those threads write to H2, which an interrupt can corrupt.
 */
final class StopFlag {

    private boolean stopped;

    synchronized boolean running() {
        return !stopped;
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Waits up to {@code duration}; false when stopped meanwhile (or before). */
    synchronized boolean pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        long left = duration.toNanos();
        while (!stopped && left > 0) {
            try {
                wait(Math.max(1, left / 1_000_000), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            left = deadline - System.nanoTime();
        }
        return !stopped;
    }
}
