package io.omniroute.console.network;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;

/** Holds background tasks until the test runs them, so it can see what piles up meanwhile; UI actions run at once. */
final class DeferredTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int executed;

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        executed++;
        waiting.add(() -> TaskExecutor.currentThread().execute(task));
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    /** Runs the oldest waiting task (and its callbacks). */
    void runNext() {
        waiting.remove().run();
    }

    void runAll() {
        while (!waiting.isEmpty()) {
            runNext();
        }
    }

    int waiting() {
        return waiting.size();
    }

    /** Tasks handed in so far, run or not. */
    int executed() {
        return executed;
    }
}
