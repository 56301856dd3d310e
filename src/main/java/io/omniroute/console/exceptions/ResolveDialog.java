package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedException;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Closes one of the order's open exceptions, with a reason; Enter confirms the first one. */
final class ResolveDialog {

    /** The planner's answer. */
    record Answer(CachedException exception, ReasonCode reason, String note) {
    }

    private ResolveDialog() {
    }

    static Optional<Answer> ask(Window owner, List<CachedException> open, ReasonCode suggested) {
        Dialog<ButtonType> dialog = DecisionControls.dialog(owner, "Resolve an exception");
        ComboBox<CachedException> which = new ComboBox<>(FXCollections.observableArrayList(open));
        which.setId("resolvePicker");
        which.setConverter(new StringConverter<>() {
            @Override
            public String toString(CachedException e) {
                return e == null ? "" : e.exceptionId() + " · " + e.type() + " · line " + e.lineNo() + " ×" + e.qty();
            }

            @Override
            public CachedException fromString(String text) {
                return null;
            }
        });
        which.getSelectionModel().selectFirst();
        DecisionInput decision = new DecisionInput(suggested);
        Label explanation = new Label("Resolving closes the exception without moving units: do it once the"
                + " customer has decided, or the units were dealt with another way.");
        explanation.setWrapText(true);
        explanation.getStyleClass().add(ExceptionStyles.EXPLANATION);
        dialog.getDialogPane().setContent(new VBox(10, which, explanation, DecisionControls.grid(decision, null, "")));
        dialog.getDialogPane().setPrefWidth(600);
        dialog.getDialogPane().setMinWidth(600);
        ButtonType resolve = DecisionControls.action(dialog, "Resolve", "resolveButton",
                which.valueProperty().isNotNull());
        return dialog.showAndWait().filter(resolve::equals)
                .map(answer -> new Answer(which.getValue(), decision.reasonProperty().get(),
                        decision.noteProperty().get()));
    }
}
