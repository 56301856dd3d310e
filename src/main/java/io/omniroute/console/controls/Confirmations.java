package io.omniroute.console.controls;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question asked before a step that cannot be undone (a rejection, a no-show, a take-over). */
public final class Confirmations {

    private Confirmations() {
    }

    /** @return true when the user chose the action; Cancel, Esc or closing the window say no */
    public static boolean ask(Window owner, String title, String question, String actionText) {
        ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, action, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ((Button) alert.getDialogPane().lookupButton(action)).setId("confirmButton");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("cancelConfirmButton");
        return alert.showAndWait().filter(action::equals).isPresent();
    }
}
