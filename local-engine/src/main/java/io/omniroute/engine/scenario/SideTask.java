package io.omniroute.engine.scenario;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One file task run on a second thread while the caller works on another file. A scenario's big files (inventory
 * and the orders) are independent, so on two cores reading or writing them side by side nearly halves the wall time.
 */
final class SideTask<T> {

    private final FutureTask<T> future;
    private final Thread thread;

    private SideTask(FutureTask<T> future, Thread thread) {
        this.future = future;
        this.thread = thread;
    }

    static <T> SideTask<T> start(String name, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, name);
        thread.setDaemon(true);
        thread.start();
        return new SideTask<>(future, thread);
    }

    /** The task's result, rethrowing what it threw. */
    T await() throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + thread.getName());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(thread.getName() + " failed: " + cause, cause);
        }
    }

    /**
     * Stops the task if it is still running and waits until its thread is done, so nothing it writes appears after
     * the caller has cleaned up. Does nothing once the task has finished.
     */
    void cancelAndWait() {
        future.cancel(true);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
