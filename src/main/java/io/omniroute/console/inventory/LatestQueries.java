package io.omniroute.console.inventory;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a screen's queries in the background so that only the newest one counts. Each request takes the next
 * generation; a query that is no longer the newest stops at its next checkpoint and its result is dropped, and at
 * most one runs at a time, so fast typing never queues a backlog. Live refreshes (data changed, not the user's
 * request) wait until a gap has passed since the previous one, so a busy feed cannot redraw the table more than a
 * few times a second. Call it on the UI thread only.
 */
final class LatestQueries<T> {

    /** The query, captured on the UI thread; runs in the background and checks {@code wanted} now and then. */
    interface Work<T> {
        Optional<T> run(BooleanSupplier wanted) throws Exception;
    }

    /** Receives the newest result on the UI thread; {@code live} when it came from a data change. */
    interface Sink<T> {
        void show(T result, boolean live);
    }

    private static final long PAUSE_STEP_MILLIS = 20;

    private final TaskExecutor executor;
    private final long liveGapNanos;
    private final Supplier<Work<T>> capture;
    private final Sink<T> sink;
    private final Consumer<Throwable> failed;
    private final AtomicLong newest = new AtomicLong();
    private boolean running;
    private boolean pending;
    private boolean pendingLive;
    private long lastLiveStart;

    LatestQueries(TaskExecutor executor, Duration liveGap, Supplier<Work<T>> capture, Sink<T> sink,
            Consumer<Throwable> failed) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.liveGapNanos = liveGap.toNanos();
        this.capture = Objects.requireNonNull(capture, "capture");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.failed = Objects.requireNonNull(failed, "failed");
        this.lastLiveStart = System.nanoTime() - liveGapNanos;
    }

    /** Asks for a fresh result; {@code live} when the data changed rather than the user's request. */
    void request(boolean live) {
        newest.incrementAndGet();
        if (running) {
            // a user request among them wins: its result starts at the top instead of keeping the scroll place
            pendingLive = pending ? pendingLive && live : live;
            pending = true;
            return;
        }
        start(live);
    }

    /** The generation of the newest request, for tests. */
    long generation() {
        return newest.get();
    }

    private void start(boolean live) {
        running = true;
        long generation = newest.get();
        Work<T> work = capture.get();
        long pauseNanos = live ? Math.max(0, lastLiveStart + liveGapNanos - System.nanoTime()) : 0;
        if (live) {
            lastLiveStart = System.nanoTime() + pauseNanos;
        }
        BooleanSupplier wanted = () -> newest.get() == generation;
        executor.execute(BackgroundTask.of("querying inventory positions", () -> {
                    pause(pauseNanos, wanted);
                    return wanted.getAsBoolean() ? work.run(wanted) : Optional.<T>empty();
                })
                .onSuccess(result -> finished(generation, result, live))
                .onFailure(error -> {
                    running = false;
                    failed.accept(error);
                    startPending();
                }));
    }

    private void finished(long generation, Optional<T> result, boolean live) {
        running = false;
        if (result.isPresent() && generation == newest.get()) {
            sink.show(result.get(), live);
        }
        startPending();
    }

    private void startPending() {
        if (pending) {
            pending = false;
            start(pendingLive);
        }
    }

    /** Waits out the live gap in short steps, so a newer request does not wait behind it. */
    private static void pause(long nanos, BooleanSupplier wanted) throws InterruptedException {
        long until = System.nanoTime() + nanos;
        while (wanted.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(Math.min(PAUSE_STEP_MILLIS, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
    }
}
