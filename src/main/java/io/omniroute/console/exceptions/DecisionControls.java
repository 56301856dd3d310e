package io.omniroute.console.exceptions;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The part every decision dialog of this screen shares: the reason code (preset to the one that fits, so Enter alone
 * records a sensible reason), a note, and for a late plan the explicit "deliver late" confirmation.
 */
final class DecisionControls {

    private DecisionControls() {
    }

    /** The reason, note and (when {@code late} can be true) late-delivery rows. */
    static GridPane grid(DecisionInput decision, ObservableValue<Boolean> late, String lateQuestion) {
        ComboBox<ReasonCode> reasons = new ComboBox<>(FXCollections.observableArrayList(ReasonCode.values()));
        reasons.setId("reasonPicker");
        reasons.valueProperty().bindBidirectional(decision.reasonProperty());
        TextField noteField = new TextField();
        noteField.setId("noteField");
        noteField.setPromptText("Note for the order's timeline (needed for a late plan)");
        noteField.textProperty().bindBidirectional(decision.noteProperty());
        noteField.setPrefColumnCount(36);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fixed(new Label("Reason")), reasons);
        grid.addRow(1, fixed(new Label("Note")), noteField);
        if (late != null) {
            CheckBox lateCheck = new CheckBox(lateQuestion);
            lateCheck.setId("lateCheck");
            lateCheck.selectedProperty().bindBidirectional(decision.lateAcceptedProperty());
            lateCheck.visibleProperty().bind(late);
            lateCheck.managedProperty().bind(late);
            grid.add(lateCheck, 1, 2);
        }
        return grid;
    }

    /** A dialog of this screen, with its stylesheet, owned by the window. */
    static Dialog<ButtonType> dialog(Window owner, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getStyleClass().add(ExceptionStyles.DIALOG);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                DecisionControls.class.getResource(ExceptionStyles.STYLESHEET)).toExternalForm());
        return dialog;
    }

    /** Adds the action button (Enter) and Cancel (Esc); the action is enabled while {@code enabled} holds. */
    static ButtonType action(Dialog<ButtonType> dialog, String text, String id, ObservableValue<Boolean> enabled) {
        ButtonType action = new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(action, ButtonType.CANCEL);
        Button button = (Button) dialog.getDialogPane().lookupButton(action);
        button.setId(id);
        button.setDefaultButton(true);
        if (enabled != null) {
            button.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !Boolean.TRUE.equals(enabled.getValue()), enabled));
        }
        return action;
    }

    /** A label that keeps its whole text however narrow the dialog gets. */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Label problems(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(ExceptionStyles.PROBLEMS);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
        return label;
    }
}
