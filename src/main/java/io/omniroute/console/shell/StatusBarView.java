package io.omniroute.console.shell;

import io.omniroute.sync.ConnectionState;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Fills the ControlsFX status bar from its ViewModel: the connection badge and progress on the left, the time of
 * the last change as its text, the outbox counts (a click lists the commands) and the user on the right.
 */
final class StatusBarView {

    static final String PENDING_ID = "outboxPending";
    static final String FAILED_ID = "outboxFailed";
    static final String CONFLICTS_ID = "outboxConflicts";
    static final String CONNECTION_ID = "connectionState";

    private StatusBarView() {
    }

    static void bind(StatusBar bar, StatusBarViewModel model, Runnable openOutbox) {
        Label connection = new Label();
        connection.setId(CONNECTION_ID);
        connection.getStyleClass().add("connection");
        connection.textProperty().bind(model.stateTextProperty());
        model.stateProperty().addListener((observable, before, state) -> styleState(connection, state));
        styleState(connection, model.stateProperty().get());
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(model.detailProperty());
        connection.tooltipProperty().bind(Bindings.when(model.detailProperty().isEmpty()).then((Tooltip) null)
                .otherwise(detail));
        bar.getLeftItems().setAll(connection, new Separator(Orientation.VERTICAL));
        bar.textProperty().bind(model.lastChangeProperty());
        bar.progressProperty().bind(Bindings.when(model.progressProperty().lessThan(0)).then(0.0)
                .otherwise(model.progressProperty()));

        Button pending = count(PENDING_ID, "fth-upload-cloud", "pending", model.pendingProperty().asString(),
                openOutbox, false);
        Button failed = count(FAILED_ID, "fth-x-circle", "failed", model.failedProperty().asString(), openOutbox,
                true);
        Button conflicts = count(CONFLICTS_ID, "fth-alert-triangle", "conflicts",
                model.conflictsProperty().asString(), openOutbox, true);
        model.failedProperty().addListener((o, before, now) -> {
            attention(failed, now.intValue() > 0);
            notifyRise(bar, before.intValue(), now.intValue(), "The backend refused a command",
                    "It was rolled back here; the outbox says why.", openOutbox);
        });
        model.conflictsProperty().addListener((o, before, now) -> {
            attention(conflicts, now.intValue() > 0);
            notifyRise(bar, before.intValue(), now.intValue(), "A command is in conflict",
                    "Someone changed it first: discard yours, or apply it again on their version.", openOutbox);
        });
        Label user = new Label();
        user.setId("userLabel");
        user.setGraphic(new FontIcon("fth-user"));
        user.textProperty().bind(model.userProperty());
        bar.getRightItems().setAll(pending, failed, conflicts, new Separator(Orientation.VERTICAL), user);
    }

    private static Button count(String id, String icon, String what,
            StringExpression count, Runnable open, boolean bad) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll("flat", "outbox-count");
        button.setGraphic(new FontIcon(icon));
        button.textProperty().bind(count.concat(" " + what));
        button.setTooltip(new Tooltip("Commands " + what + " in the outbox: click to list them"));
        button.setOnAction(event -> open.run());
        button.setFocusTraversable(false);
        return button;
    }

    /** A toast when a count goes up, so a refusal is seen even with the status bar out of sight. */
    private static void notifyRise(StatusBar bar, int before, int now, String title, String text, Runnable open) {
        if (now > before && bar.getScene() != null) {
            Notifications.create().owner(bar.getScene().getWindow()).title(title).text(text)
                    .hideAfter(Duration.seconds(8)).onAction(event -> open.run()).showWarning();
        }
    }

    private static void attention(Button button, boolean on) {
        button.getStyleClass().remove("attention");
        if (on) {
            button.getStyleClass().add("attention");
        }
    }

    private static void styleState(Label label, ConnectionState state) {
        for (ConnectionState each : ConnectionState.values()) {
            label.getStyleClass().remove(each.name().toLowerCase(Locale.ROOT));
        }
        label.getStyleClass().add(state.name().toLowerCase(Locale.ROOT));
    }
}
