package io.omniroute.console.store;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A pick list shown before it goes to paper: printed through the system's printer or saved as a PDF. */
public final class PickListViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PickListViewModel.class);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    private final PickList list;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    PickListViewModel(PickList list, TaskExecutor executor, ZoneId zone) {
        this.list = Objects.requireNonNull(list, "list");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public List<PickList.Line> lines() {
        return list.lines();
    }

    public PickList list() {
        return list;
    }

    public ZoneId zone() {
        return zone;
    }

    public String title() {
        return "Pick list \u00b7 " + list.orders() + (list.orders() == 1 ? " order" : " orders") + " \u00b7 "
                + list.units() + (list.units() == 1 ? " unit" : " units");
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** "picklist-ST-0001-20260302-1405.pdf" */
    public String defaultFileName() {
        return "picklist-" + list.storeId() + "-" + FILE_STAMP.format(list.createdAt().atZone(zone)) + ".pdf";
    }

    /** Writes the PDF in the background. */
    public void exportPdf(Path file) {
        exporting.set(true);
        status.set("Saving " + file.getFileName() + "…");
        executor.execute(BackgroundTask.of("saving the pick list", () -> Files.write(file,
                        PickListPdf.render(list, zone)))
                .onSuccess(written -> status.set("Saved " + written))
                .onFailure(failure -> {
                    LOG.warn("cannot save the pick list to {}", file, failure);
                    status.set("Cannot save " + file + ": " + failure.getMessage());
                })
                .onFinished(() -> exporting.set(false)));
    }

    /** The computer has no printer the JavaFX print service can use. */
    public void noPrinter() {
        status.set("No printer is set up on this computer: save a PDF and print it from another one.");
    }

    public void printed(boolean done, int pages) {
        status.set(done ? "Sent " + pages + (pages == 1 ? " page" : " pages") + " to the printer"
                : "Printing was cancelled or failed");
    }
}
