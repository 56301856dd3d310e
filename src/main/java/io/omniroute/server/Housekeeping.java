package io.omniroute.server;

import io.omniroute.server.store.Database;
import io.omniroute.server.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets what the server no longer needs: sessions past their expiry, and recorded responses of commands older
 * than the replay window. The window is long because a console that was offline for days still replays its outbox
 * with the original keys; a key replayed after the window is caught by the command's expected_version instead.
 */
final class Housekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    static final Duration REPLAY_WINDOW = Duration.ofDays(30);
    private static final Duration EVERY = Duration.ofMinutes(10);

    private final Database database;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "omniroute-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    private Housekeeping(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Sweeps now and then every ten minutes. */
    static Housekeeping start(Database database, Clock clock) {
        Housekeeping housekeeping = new Housekeeping(database, clock);
        housekeeping.timer.scheduleWithFixedDelay(housekeeping::sweepQuietly, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
        return housekeeping;
    }

    /** Deletes expired sessions and responses older than the replay window; returns how many rows went. */
    int sweep() {
        Instant now = clock.instant();
        return database.inTransaction(tx -> tx.sessions().deleteExpired(now)
                + tx.idempotency().deleteOlderThan(now.minus(REPLAY_WINDOW)));
    }

    private void sweepQuietly() {
        try {
            int removed = sweep();
            if (removed > 0) {
                LOG.info("housekeeping removed {} expired sessions and old command responses", removed);
            }
        } catch (StoreException e) {
            LOG.warn("housekeeping failed, will try again in {} minutes: {}", EVERY.toMinutes(), e.getMessage());
        }
    }

    /** Stops the timer; a sweep in progress finishes (an H2 thread is never interrupted). */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
