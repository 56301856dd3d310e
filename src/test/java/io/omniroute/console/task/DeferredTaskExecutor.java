package io.omniroute.console.task;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Holds tasks until the test runs them, so a test can finish them out of order (a slow search answering after a
 * newer one). UI actions run at once, as on the FX thread.
 */
public final class DeferredTaskExecutor implements TaskExecutor {

    private final Queue<Runnable> queued = new ArrayDeque<>();
    private int executed;

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        executed++;
        queued.add(() -> TaskExecutor.currentThread().execute(task));
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    /** Tasks handed in so far, run or not. */
    public int executed() {
        return executed;
    }

    public int queued() {
        return queued.size();
    }

    /** Runs the oldest queued task. */
    public void runNext() {
        queued.remove().run();
    }

    /** Runs the newest queued task first, leaving the older ones queued. */
    public void runNewest() {
        Runnable newest = null;
        for (Runnable task : queued) {
            newest = task;
        }
        queued.remove(newest);
        newest.run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            runNext();
        }
    }
}
