package io.omniroute.console.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's executor: a small pool of daemon threads for the work, {@link Platform#runLater} for the callbacks.
 * It never interrupts a running task (H2 I/O must not be interrupted): closing waits briefly, then leaves the
 * daemon threads to the JVM's exit.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    private FxTaskExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, "omniroute-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    /**
     * One thread per core, at least four: a long load must never hold up a quick filter, and the screens' refresh
     * throttles wait out their gap inside a task (sleeping, not computing).
     */
    public static FxTaskExecutor create() {
        return new FxTaskExecutor(Math.max(4, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        try {
            pool.execute(() -> run(task));
        } catch (RejectedExecutionException e) {
            // a change notice can arrive while the window closes: there is no one left to show the result to
            LOG.debug("background task '{}' dropped: the console is closing", task.name());
        }
    }

    private static <T> void run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call();
        } catch (Exception | Error e) {
            Platform.runLater(() -> {
                if (!task.failed(e)) {
                    LOG.error("background task '{}' failed", task.name(), e);
                }
            });
            return;
        }
        Platform.runLater(() -> task.succeeded(result));
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
