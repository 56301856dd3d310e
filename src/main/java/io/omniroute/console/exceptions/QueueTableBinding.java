package io.omniroute.console.exceptions;

import atlantafx.base.theme.Styles;
import io.omniroute.console.text.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The queue table's columns, row styles and sorting. The table never sorts its own items: a click on a header tells
 * the ViewModel, which sorts in the background and hands back a ready list.
 */
final class QueueTableBinding {

    /** Rows all the same height: the table never measures them. */
    private static final double ROW_HEIGHT = 28;

    private QueueTableBinding() {
    }

    static void bind(TableView<QueueItem> table, Map<TableColumn<QueueItem, ?>, QueueColumn> sortable,
            TableColumn<QueueItem, QueueItem> mark, TableColumn<QueueItem, String> kind,
            TableColumn<QueueItem, String> order, TableColumn<QueueItem, String> line,
            TableColumn<QueueItem, String> age, TableColumn<QueueItem, QueueItem> timeLeft,
            TableColumn<QueueItem, String> value, TableColumn<QueueItem, String> channel,
            TableColumn<QueueItem, String> assignee, ExceptionQueueViewModel model) {
        marks(mark, model);
        Cells.text(kind, item -> item.kind().label());
        Cells.text(order, QueueItem::orderId);
        Cells.text(line, item -> item.line() > 0 ? "line " + item.line() + " · " + item.sku() + " ×" + item.qty()
                : item.kind() == ExceptionKind.CONFLICT ? "" : "whole order");
        Cells.text(age, item -> Durations.text(item.age(model.now())));
        Cells.styled(timeLeft, item -> timeLeftText(item.timeLeft(model.now())), item -> urgency(item, model),
                List.of(ExceptionStyles.PAST_PROMISE, ExceptionStyles.NEAR_PROMISE));
        Cells.text(value, item -> item.kind() == ExceptionKind.CONFLICT ? "" : String.format(Locale.ROOT, "%.2f",
                item.value()));
        Cells.text(channel, QueueItem::channel);
        Cells.text(assignee, item -> item.assignee().orElse(""));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(QueueItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(ExceptionStyles.PENDING, ExceptionStyles.NEW_ROW, ExceptionStyles.MINE);
                setTooltip(null);
                if (empty || item == null) {
                    return;
                }
                if (model.isPending(item)) {
                    getStyleClass().add(ExceptionStyles.PENDING);
                }
                if (model.isNew(item)) {
                    getStyleClass().add(ExceptionStyles.NEW_ROW);
                }
                if (item.takenBy(model.userName())) {
                    getStyleClass().add(ExceptionStyles.MINE);
                }
                setTooltip(new Tooltip(item.reason()));
            }
        });
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label("No open exceptions here"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(model.rows());
        table.getSortOrder().add(timeLeft);
        timeLeft.setSortType(TableColumn.SortType.ASCENDING);
        table.setSortPolicy(view -> {
            if (!view.getSortOrder().isEmpty()) {
                TableColumn<QueueItem, ?> first = view.getSortOrder().get(0);
                QueueColumn column = sortable.get(first);
                if (column != null) {
                    model.sortColumnProperty().set(column);
                    model.ascendingProperty().set(first.getSortType() == TableColumn.SortType.ASCENDING);
                }
            }
            return true;
        });
    }

    private static void marks(TableColumn<QueueItem, QueueItem> mark, ExceptionQueueViewModel model) {
        mark.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        mark.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(QueueItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                if (empty || item == null) {
                    return;
                }
                String icon = item.kind() == ExceptionKind.CONFLICT ? "fth-alert-octagon"
                        : model.isPending(item) ? "fth-clock" : item.takenBy(model.userName()) ? "fth-user" : "";
                if (!icon.isEmpty()) {
                    FontIcon graphic = new FontIcon(icon);
                    graphic.getStyleClass().add(ExceptionStyles.ROW_MARK);
                    setGraphic(graphic);
                }
            }
        });
    }

    static String timeLeftText(Optional<Duration> left) {
        if (left.isEmpty()) {
            return "-";
        }
        Duration value = left.get();
        return value.isNegative() ? Durations.text(value.negated()) + " past" : "in " + Durations.text(value);
    }

    private static String urgency(QueueItem item, ExceptionQueueViewModel model) {
        Optional<Duration> left = item.timeLeft(model.now());
        if (left.isEmpty()) {
            return "";
        }
        if (left.get().isNegative()) {
            return ExceptionStyles.PAST_PROMISE;
        }
        return left.get().compareTo(model.riskWindow()) < 0 ? ExceptionStyles.NEAR_PROMISE : "";
    }
}
