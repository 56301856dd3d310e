package io.omniroute.console.whatif;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.sourcing.Explanation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One run's side of an opened order: its plan and the explanation of it, made by replaying the run up to the order
 * in the background with progress. Opening another order stops the replay at its next order.
 */
public final class ExplanationSide {

    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper(this, "plan", "");
    private final ObservableList<VerdictRow> verdicts = FXCollections.observableArrayList();
    private AtomicBoolean cancelled = new AtomicBoolean();

    ExplanationSide(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Explains the order as the run sourced it; {@code present} false when the run does not have the order. */
    void open(ReplayCursor cursor, String run, String orderId, boolean present, String absentReason) {
        cancel();
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        heading.set(run);
        plan.set("");
        verdicts.clear();
        if (!present) {
            status.set(absentReason);
            progress.set(0);
            return;
        }
        status.set("Replaying the run up to order " + orderId + "…");
        progress.set(-1);
        long started = System.nanoTime();
        executor.execute(BackgroundTask.of("explaining " + orderId + " in run " + run,
                        () -> cursor.explain(orderId, (done, total) -> executor.onUi(() -> replayed(mine, done,
                                total)), mine::get))
                .onSuccess(explanation -> {
                    if (!mine.get()) {
                        show(orderId, explanation, started);
                    }
                })
                .onFailure(error -> {
                    if (!mine.get()) {
                        status.set(error instanceof CancellationException ? "Stopped"
                                : "Cannot explain the order: " + error.getMessage());
                        progress.set(0);
                    }
                }));
    }

    private void replayed(AtomicBoolean request, int done, int total) {
        if (!request.get() && total > 0) {
            progress.set(done / (double) total);
            status.set(String.format(Locale.ROOT, "Replaying the %,d orders before it: %,d done", total, done));
        }
    }

    private void show(String orderId, Optional<ReplayCursor.Explained> explained, long started) {
        progress.set(1);
        if (explained.isEmpty()) {
            status.set("The run has no order " + orderId);
            return;
        }
        Explanation explanation = explained.get().explanation();
        plan.set(PlanText.of(explained.get().order(), explanation.decision()));
        verdicts.setAll(VerdictRow.of(explanation.nodes()));
        status.set(String.format(Locale.ROOT, "Explained in %,d ms: every node's verdict below",
                (System.nanoTime() - started) / 1_000_000));
    }

    void cancel() {
        cancelled.set(true);
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** -1 while the replay starts, then the share of the orders before this one sourced, 1 when explained. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<VerdictRow> verdicts() {
        return verdicts;
    }
}
