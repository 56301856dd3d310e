package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Inventory screen's CSV export: one at a time, in the background, with its progress as a status line. */
public final class InventoryExport {

    private final PositionTable positions;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    InventoryExport(PositionTable positions, TaskExecutor executor) {
        this.positions = Objects.requireNonNull(positions, "positions");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Writes those rows, in that order; ignored while an export runs. */
    void start(Path file, int[] rows, NetworkCatalog catalog, long staleBefore) {
        if (running.get()) {
            return;
        }
        running.set(true);
        status.set(String.format(Locale.US, "Exporting %,d positions…", rows.length));
        executor.execute(BackgroundTask.of("exporting inventory to " + file, () -> CsvExport.write(file, positions,
                        rows, catalog, staleBefore, done -> executor.onUi(() -> progress(done, rows.length))))
                .onSuccess(count -> status.set(String.format(Locale.US, "Exported %,d positions to %s", count,
                        file.getFileName())))
                .onFailure(error -> status.set("Export to " + file + " failed: " + error.getMessage()))
                .onFinished(() -> running.set(false)));
    }

    private void progress(int done, int total) {
        if (running.get()) {
            status.set(String.format(Locale.US, "Exporting… %,d of %,d positions", done, total));
        }
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
