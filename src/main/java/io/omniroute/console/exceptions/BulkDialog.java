package io.omniroute.console.exceptions;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Bulk re-sourcing: choose a profile and a reason, Preview (with progress and Stop), read what each order would get,
 * then Apply; the table then follows each order's outcome as the backend answers. Closing the dialog after Apply
 * leaves the commands in the outbox.
 */
final class BulkDialog {

    private BulkDialog() {
    }

    static void show(Window owner, BulkViewModel model) {
        Dialog<ButtonType> dialog = DecisionControls.dialog(owner, "Re-source " + Plurals.of(model.orders(), "order"));
        ComboBox<String> profile = new ComboBox<>(model.profiles());
        profile.setId("bulkProfilePicker");
        profile.valueProperty().bindBidirectional(model.profileProperty());
        profile.setConverter(ProfileNames.CONVERTER);
        Button preview = new Button("Preview");
        preview.setId("bulkPreviewButton");
        preview.disableProperty().bind(model.busyProperty().or(model.appliedProperty()));
        preview.setOnAction(event -> model.preview());
        Button stop = new Button("Stop");
        stop.disableProperty().bind(model.busyProperty().not());
        stop.setOnAction(event -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(200);
        HBox controls = new HBox(8, new Label("Profile"), profile, preview, stop, progress);
        controls.getStyleClass().add(ExceptionStyles.SHARE_ROW);
        Label summary = new Label();
        summary.setId("bulkSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(ExceptionStyles.SUMMARY);
        summary.textProperty().bind(model.summaryProperty());
        dialog.getDialogPane().setContent(new VBox(10, controls, DecisionControls.grid(model.decision(), null, ""),
                outcomes(model), summary));
        dialog.getDialogPane().setPrefWidth(980);
        dialog.getDialogPane().setMinWidth(980);
        ButtonType apply = DecisionControls.action(dialog, "Apply", "bulkApplyButton",
                Bindings.createBooleanBinding(() -> model.previewedProperty().get() && !model.appliedProperty().get(),
                        model.previewedProperty(), model.appliedProperty()));
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.addEventFilter(ActionEvent.ACTION, event -> {
            // the dialog stays open: the outcomes arrive after the commands go out
            event.consume();
            model.apply();
        });
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).textProperty().bind(
                Bindings.when(model.appliedProperty()).then("Close").otherwise("Cancel"));
        dialog.showAndWait();
    }

    private static TableView<BulkOutcome> outcomes(BulkViewModel model) {
        TableView<BulkOutcome> table = new TableView<>(model.outcomes());
        table.setId("bulkOutcomes");
        table.setPrefHeight(320);
        table.setPlaceholder(new Label("Preview to see what each order would get"));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(BulkOutcome outcome, boolean empty) {
                super.updateItem(outcome, empty);
                setTooltip(empty || outcome == null || outcome.why().isEmpty() ? null : new Tooltip(outcome.why()));
            }
        });
        table.getColumns().addAll(List.of(
                column("Order", 110, BulkOutcome::orderId),
                column("Verdict", 90, o -> o.verdict().name().toLowerCase(Locale.ROOT)),
                column("Δ cost", 80, o -> o.sendable() ? String.format(Locale.ROOT, "%+.2f", o.costDelta()) : ""),
                column("Δ shipments", 90, o -> o.sendable() ? String.format(Locale.ROOT, "%+d", o.splitDelta()) : ""),
                column("Why", 360, BulkOutcome::why),
                column("Outcome", 200, BulkOutcome::status)));
        return table;
    }

    private static TableColumn<BulkOutcome, String> column(String title, double width,
            Function<BulkOutcome, String> value) {
        TableColumn<BulkOutcome, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        Cells.text(column, value);
        return column;
    }
}
