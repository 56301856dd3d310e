package io.omniroute.console.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The outbox list: each command not yet final or failed, and the decisions a conflict waits for. */
final class OutboxDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT);

    private OutboxDialog() {
    }

    static void show(Window owner, OutboxViewModel model, ZoneId zone) {
        TableView<OutboxEntry> table = new TableView<>(model.entries());
        table.setId("outboxTable");
        table.setPlaceholder(new Label("The outbox is empty: every command reached the backend."));
        table.getColumns().setAll(List.of(
                column("#", 50, entry -> Long.toString(entry.id())),
                column("Command", 130, OutboxEntry::type),
                column("Target", 140, OutboxEntry::target),
                column("State", 90, entry -> entry.state().name()),
                column("Tries", 50, entry -> Integer.toString(entry.attempts())),
                column("Queued", 130, entry -> TIME.format(entry.createdAt().atZone(zone))),
                column("Reason", 140, OutboxEntry::reason),
                column("Backend's answer", 320, OutboxEntry::message)));
        table.setPrefSize(1080, 360);
        Button discard = new Button("Discard");
        discard.setId("discardCommand");
        Button reapply = new Button("Apply again on the backend's version");
        reapply.setId("reapplyCommand");
        discard.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> !decidable(table),
                        table.getSelectionModel().selectedItemProperty())));
        reapply.disableProperty().bind(discard.disableProperty());
        discard.setOnAction(event -> model.discard(table.getSelectionModel().getSelectedItem()));
        reapply.setOnAction(event -> model.reapply(table.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(8, discard, reapply, message);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Outbox");
        dialog.setHeaderText("Commands not yet confirmed by the backend, and those it refused");
        dialog.getDialogPane().setContent(new VBox(8, table, actions));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        model.refresh();
        dialog.show();
    }

    private static boolean decidable(TableView<OutboxEntry> table) {
        OutboxEntry selected = table.getSelectionModel().getSelectedItem();
        return selected != null && selected.needsDecision();
    }

    private static TableColumn<OutboxEntry, String> column(String title, double width,
            Function<OutboxEntry, String> value) {
        TableColumn<OutboxEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
