package io.omniroute.console.exceptions;

import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the reason before an alternative goes out; Enter applies with the preset reason, Esc backs out. */
final class ApplyDialog {

    private ApplyDialog() {
    }

    static Optional<ApplyDialogViewModel> ask(Window owner, ApplyDialogViewModel model) {
        Dialog<ButtonType> dialog = DecisionControls.dialog(owner, model.title());
        Label summary = new Label(model.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add(ExceptionStyles.SUMMARY);
        SimpleBooleanProperty late = new SimpleBooleanProperty(
                model.late());
        VBox content = new VBox(10, summary, DecisionControls.problems(String.join("\n", model.problems())),
                DecisionControls.grid(model.decision(), late, model.lateQuestion()));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().setMinWidth(640);
        ButtonType apply = DecisionControls.action(dialog, "Apply", "applyPlanButton", model.canApplyProperty());
        return dialog.showAndWait().filter(apply::equals).map(answer -> model);
    }
}
