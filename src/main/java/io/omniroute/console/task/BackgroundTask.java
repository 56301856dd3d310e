package io.omniroute.console.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A unit of background work with its UI-thread callbacks, built fluently:
 * {@code BackgroundTask.of(() -> load()).onSuccess(this::show).onFailure(this::fail)}.
 * A failure with no handler is logged by the executor.
 */
public final class BackgroundTask<T> {

    private final String name;
    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };

    private BackgroundTask(String name, Callable<T> work) {
        this.name = Objects.requireNonNull(name, "name");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param name what the work does, for the log and the task list ("loading inventory") */
    public static <T> BackgroundTask<T> of(String name, Callable<T> work) {
        return new BackgroundTask<>(name, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = Objects.requireNonNull(action, "action");
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Runs after success or failure, on the UI thread. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action, "action");
        return this;
    }

    public String name() {
        return name;
    }

    T call() throws Exception {
        return work.call();
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    /** @return false when the task has no failure handler, so the executor logs the failure */
    boolean failed(Throwable failure) {
        try {
            if (onFailure == null) {
                return false;
            }
            onFailure.accept(failure);
            return true;
        } finally {
            onFinished.run();
        }
    }
}
