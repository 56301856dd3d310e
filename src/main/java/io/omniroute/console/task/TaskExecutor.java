package io.omniroute.console.task;

/**
 * Runs the console's background work and brings results back to the UI thread. ViewModels get one by constructor;
 * the app uses {@link FxTaskExecutor}, ViewModel tests {@link #currentThread()}, where everything runs inline.
 */
public interface TaskExecutor {

    /** Runs the task's work in the background; its callbacks run on the UI thread. */
    <T> void execute(BackgroundTask<T> task);

    /** Runs the action on the UI thread (now, when already on it). */
    void onUi(Runnable action);

    /** Runs tasks and UI actions at once on the calling thread: for tests without the FX toolkit. */
    static TaskExecutor currentThread() {
        return CurrentThreadTaskExecutor.INSTANCE;
    }
}
