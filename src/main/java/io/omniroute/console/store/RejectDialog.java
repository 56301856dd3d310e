package io.omniroute.console.store;

import io.omniroute.console.controls.Confirmations;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks which units the store cannot give and why, says what the backend will do with them, and asks once more
 * before they are written off (the dialog stays open when the user says no).
 */
final class RejectDialog {

    private RejectDialog() {
    }

    static Optional<RejectDialogViewModel> ask(Window owner, RejectDialogViewModel model) {
        LineSpinners lines = new LineSpinners(model.lines(), "Reject", "rejectQty");
        ScrollPane scroll = new ScrollPane(lines.grid());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(300, 34.0 * (model.lines().size() + 1)));
        Label explanation = new Label(RejectDialogViewModel.EXPLANATION);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("explanation");
        TextField note = new TextField();
        note.setId("rejectNote");
        note.setPromptText("Note for the planner (optional)");
        note.textProperty().bindBidirectional(model.noteProperty());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        dialog.getDialogPane().getStyleClass().add("store-dialog");
        dialog.getDialogPane().setContent(new VBox(10, scroll, new Label("Reason"), reasons(model), note,
                explanation));
        dialog.getDialogPane().setPrefWidth(640);
        ButtonType reject = new ButtonType("Reject units", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(reject, ButtonType.CANCEL);
        Button rejectButton = (Button) dialog.getDialogPane().lookupButton(reject);
        rejectButton.setId("rejectOkButton");
        rejectButton.disableProperty().bind(model.validProperty().not());
        rejectButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!Confirmations.ask(dialog.getDialogPane().getScene().getWindow(), "Reject units",
                    model.question(), "Reject")) {
                event.consume();
            }
        });
        return dialog.showAndWait().filter(reject::equals).map(answer -> model);
    }

    private static HBox reasons(RejectDialogViewModel model) {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(14);
        for (RejectReason reason : RejectReason.values()) {
            RadioButton choice = new RadioButton(reason.label());
            choice.setId("reason-" + reason.code());
            choice.setUserData(reason);
            choice.setToggleGroup(group);
            row.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((observable, before, toggle) ->
                model.reasonProperty().set(toggle == null ? null : (RejectReason) toggle.getUserData()));
        return row;
    }
}
