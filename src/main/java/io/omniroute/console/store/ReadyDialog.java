package io.omniroute.console.store;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which units are ready: every held unit unless the user lowers a line. Enter confirms. */
final class ReadyDialog {

    private ReadyDialog() {
    }

    static Optional<ReadyDialogViewModel> ask(Window owner, ReadyDialogViewModel model) {
        LineSpinners lines = new LineSpinners(model.lines(), "Ready", "readyQty");
        Label summary = new Label();
        summary.setWrapText(true);
        summary.getStyleClass().add("explanation");
        summary.textProperty().bind(model.summaryProperty());
        ScrollPane scroll = new ScrollPane(lines.grid());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 34.0 * (model.lines().size() + 1)));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        dialog.getDialogPane().getStyleClass().add("store-dialog");
        dialog.getDialogPane().setContent(new VBox(10, scroll, summary));
        dialog.getDialogPane().setPrefWidth(620);
        ButtonType ready = new ButtonType("Mark ready", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ready, ButtonType.CANCEL);
        Button readyButton = (Button) dialog.getDialogPane().lookupButton(ready);
        readyButton.setId("readyOkButton");
        readyButton.disableProperty().bind(model.validProperty().not());
        return dialog.showAndWait().filter(ready::equals).map(answer -> model);
    }
}
