package io.omniroute.console.whatif;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.whatif.InvalidVariantException;
import io.omniroute.engine.whatif.Variant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs a study in one background task with one progress bar over all its runs, and cancels it. Progress reaches the
 * UI thread coalesced: while one update waits to be shown, newer counts only overwrite it.
 */
final class StudyRunner {

    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private AtomicBoolean cancelled = new AtomicBoolean();

    StudyRunner(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Runs the baseline and the variants, then builds what the results pane shows, all in the background.
     *
     * @param totals orders each run will source (baseline first), for the progress bar
     */
    void start(Baseline baseline, List<Variant> variants, long[] totals, Consumer<ResultViews> done,
            Consumer<String> failed) {
        if (running.get()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(-1);
        long all = java.util.Arrays.stream(totals).sum();
        status.set(String.format(Locale.ROOT, "Running the baseline and %d variant%s: %,d orders…", variants.size(),
                variants.size() == 1 ? "" : "s", all));
        AtomicLongArray sourced = new AtomicLongArray(totals.length);
        AtomicBoolean posted = new AtomicBoolean();
        executor.execute(BackgroundTask.of("running a what-if study", () -> ResultViews.of(StudyRun.run(baseline,
                        variants, (run, count) -> {
                            sourced.set(run, count);
                            if (posted.compareAndSet(false, true)) {
                                executor.onUi(() -> {
                                    posted.set(false);
                                    shown(stop, sourced, all);
                                });
                            }
                        }, stop::get)))
                .onSuccess(views -> {
                    progress.set(1);
                    status.set(String.format(Locale.ROOT, "Done: %,d orders in %.1f s",
                            views.results().ordersSourced(), views.results().elapsed().toMillis() / 1000.0));
                    done.accept(views);
                })
                .onFailure(error -> {
                    progress.set(0);
                    status.set(error instanceof CancellationException ? "Cancelled: the last results stay shown"
                            : "The run failed");
                    failed.accept(message(error));
                })
                .onFinished(() -> running.set(false)));
    }

    private void shown(AtomicBoolean request, AtomicLongArray sourced, long all) {
        if (request.get() || !running.get() || all == 0) {
            return;
        }
        long done = 0;
        for (int i = 0; i < sourced.length(); i++) {
            done += sourced.get(i);
        }
        progress.set(Math.min(1, done / (double) all));
        status.set(String.format(Locale.ROOT, "Sourced %,d of %,d orders…", done, all));
    }

    static String message(Throwable error) {
        if (error instanceof CancellationException) {
            return "";
        }
        if (error instanceof InvalidVariantException invalid) {
            return "Variant '" + invalid.variant() + "' does not fit the baseline:\n"
                    + String.join("\n", invalid.problems());
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    /** Stops every run at its next order; the results shown before stay. */
    void cancel() {
        if (running.get()) {
            cancelled.set(true);
            status.set("Cancelling…");
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
