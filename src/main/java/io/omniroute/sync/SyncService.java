package io.omniroute.sync;

import io.omniroute.cache.LocalStore;
import io.omniroute.cache.OutboxState;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync client of one console: it logs in, pulls the change feed into the cache and follows it live, and drains
 * the outbox, on two daemon threads of its own executor. {@link #stop} sets a flag and closes the open stream; it
 * never interrupts, since both threads write to the cache.
 */
public final class SyncService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final SyncSettings settings;
    private final LocalStore store;
    private final Clock clock;
    private final BackendClient client;
    private final StatusBoard board = new StatusBoard();
    private final AtomicReference<SessionInfo> session = new AtomicReference<>();
    private final RandomGenerator random = RandomGenerator.getDefault();
    private ExecutorService executor;
    private StopFlag stop;
    private FeedFollower follower;

    private SyncService(SyncSettings settings, LocalStore store, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.client = BackendClient.create(settings, this::loggedIn);
    }

    public static SyncService create(SyncSettings settings, LocalStore store) {
        return create(settings, store, Clock.systemUTC());
    }

    public static SyncService create(SyncSettings settings, LocalStore store, Clock clock) {
        return new SyncService(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(clock, "clock"));
    }

    public void addListener(SyncListener listener) {
        board.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(SyncListener listener) {
        board.remove(listener);
    }

    /** Who the backend said this client is at the last login; empty before the first. */
    public Optional<SessionInfo> session() {
        return Optional.ofNullable(session.get());
    }

    private void loggedIn(SessionInfo info) {
        session.set(info);
        board.loggedIn(info);
    }

    public ConnectionStatus status() {
        return board.current();
    }

    /** Starts following the feed and sending the outbox in the background; a second call does nothing. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        stop = new StopFlag();
        executor = Executors.newFixedThreadPool(2, daemonThreads());
        FeedPuller puller = new FeedPuller(client, store, settings.pageSize(), board, clock);
        follower = new FeedFollower(client, store, puller, board, settings, stop, clock, random);
        executor.execute(follower);
        executor.execute(new OutboxSender(client, store, board, settings, stop, clock, random));
        LOG.info("sync started against {} as {}", settings.apiBase(), settings.user());
    }

    /** Stops both threads and waits for them to finish what they are writing; true when they did in time. */
    public synchronized boolean stop() {
        if (executor == null) {
            return true;
        }
        stop.stop();
        follower.cancelStream();
        executor.shutdown();
        boolean done;
        try {
            done = executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        executor = null;
        board.state(ConnectionState.OFFLINE);
        LOG.info("sync stopped{}", done ? "" : " (a thread is still finishing its cache write)");
        return done;
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * One pass on the calling thread: pull until caught up, then send every command due now once. Commands that
     * must be retried stay PENDING for the next run.
     */
    public SyncReport runOnce() throws SyncFailure {
        StopFlag once = new StopFlag();
        FeedPuller puller = new FeedPuller(client, store, settings.pageSize(), board, clock);
        try {
            SyncProgress pull = puller.catchUp(once);
            board.state(ConnectionState.ONLINE);
            int sent = new OutboxSender(client, store, board, settings, once, clock, random).drain();
            return new SyncReport(pull, sent, store.commands(List.of(OutboxState.PENDING)).size());
        } catch (IOException e) {
            board.failed(ConnectionState.OFFLINE, FeedFollower.describe(e));
            throw new SyncFailure("cannot sync with " + settings.apiBase() + ": " + FeedFollower.describe(e), e);
        } catch (FeedFormatException e) {
            board.failed(ConnectionState.PAUSED, e.getMessage());
            throw new SyncFailure(e.getMessage(), e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "omniroute-sync-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
