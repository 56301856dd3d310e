package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedException;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
        ObjectProperty<ReasonCode> reason = new SimpleObjectProperty<>(suggested);
        StringProperty note = new SimpleStringProperty("");
        Label explanation = new Label("Resolving closes the exception without moving units: do it once the"
                + " customer has decided, or the units were dealt with another way.");
        explanation.setWrapText(true);
        explanation.getStyleClass().add(ExceptionStyles.EXPLANATION);
        dialog.getDialogPane().setContent(new VBox(10, which, explanation, DecisionControls.grid(reason, note, null,
                null, "")));
        dialog.getDialogPane().setPrefWidth(600);
        dialog.getDialogPane().setMinWidth(600);
        ButtonType resolve = DecisionControls.action(dialog, "Resolve", "resolveButton",
                which.valueProperty().isNotNull());
        return dialog.showAndWait().filter(resolve::equals)
                .map(answer -> new Answer(which.getValue(), reason.get(), note.get()));
    }
}
