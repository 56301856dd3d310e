package io.omniroute.console.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The queue table's cells: plain text, the countdown with its urgency colour, and the pending mark. */
final class QueueColumns {

    /** On a row whose command is still in flight. */
    static final String PENDING_ROW = "pending";
    static final String PENDING_MARK = "pending-mark";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT);

    private QueueColumns() {
    }

    static void text(TableColumn<QueueRow, String> column, Function<QueueRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /** "14:30" today, "Mar 3 14:30" on another day. */
    static String time(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        return (local.toLocalDate().equals(today) ? TIME : DAY_AND_TIME).format(local);
    }

    /** The countdown, coloured by the style class of its urgency. */
    static void countdown(TableColumn<QueueRow, QueueRow> column, StoreQueueViewModel model) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(table -> new TableCell<>() {
            @Override
            protected void updateItem(QueueRow row, boolean empty) {
                super.updateItem(row, empty);
                for (Countdown.Urgency urgency : Countdown.Urgency.values()) {
                    getStyleClass().remove(urgency.styleClass());
                }
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                Countdown countdown = model.countdown(row);
                setText(countdown.text());
                if (!countdown.urgency().styleClass().isEmpty()) {
                    getStyleClass().add(countdown.urgency().styleClass());
                }
            }
        });
    }

    /** A clock icon while a command for the order waits for the backend. */
    static void pending(TableColumn<QueueRow, Boolean> column) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().pending()));
        column.setCellFactory(table -> new TableCell<>() {
            private final FontIcon icon = new FontIcon("fth-clock");
            private final Tooltip tooltip = new Tooltip("Queued: waiting for the backend to confirm");

            {
                icon.getStyleClass().add(PENDING_MARK);
            }

            @Override
            protected void updateItem(Boolean pending, boolean empty) {
                super.updateItem(pending, empty);
                boolean shown = !empty && Boolean.TRUE.equals(pending);
                setGraphic(shown ? icon : null);
                setTooltip(shown ? tooltip : null);
            }
        });
    }

    /** Rows of orders with a command in flight carry {@link #PENDING_ROW}. */
    static void markPendingRows(TableView<QueueRow> table) {
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(QueueRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(PENDING_ROW);
                if (!empty && row != null && row.pending()) {
                    getStyleClass().add(PENDING_ROW);
                }
            }
        });
    }
}
