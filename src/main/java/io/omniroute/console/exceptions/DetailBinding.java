package io.omniroute.console.exceptions;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The detail pane's tables: the order's lines, its plan, the alternatives, the verdicts and the timeline. */
final class DetailBinding {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT);

    private DetailBinding() {
    }

    static void lines(TableView<DetailRows.Line> table, TableColumn<DetailRows.Line, String> lineNo,
            TableColumn<DetailRows.Line, String> sku, TableColumn<DetailRows.Line, String> qty,
            TableColumn<DetailRows.Line, String> allocated, TableColumn<DetailRows.Line, String> backordered,
            TableColumn<DetailRows.Line, String> cancelled, TableColumn<DetailRows.Line, String> open,
            OrderDetailViewModel model) {
        Cells.text(lineNo, line -> Integer.toString(line.lineNo()));
        Cells.text(sku, line -> line.sku() + " " + line.name());
        Cells.text(qty, line -> Integer.toString(line.qty()));
        Cells.text(allocated, line -> Integer.toString(line.allocated()));
        Cells.text(backordered, line -> Integer.toString(line.backordered()));
        Cells.text(cancelled, line -> Integer.toString(line.cancelled()));
        Cells.text(open, line -> Integer.toString(line.open()));
        small(table, "No lines", model.lines());
    }

    static void current(TableView<DetailRows.Shipment> table, TableColumn<DetailRows.Shipment, String> node,
            TableColumn<DetailRows.Shipment, String> service, TableColumn<DetailRows.Shipment, String> lines,
            TableColumn<DetailRows.Shipment, String> cost, TableColumn<DetailRows.Shipment, String> days,
            TableColumn<DetailRows.Shipment, String> distance, OrderDetailViewModel model) {
        Cells.text(node, s -> s.nodeId() + " " + s.nodeName());
        Cells.text(service, DetailRows.Shipment::service);
        Cells.text(lines, DetailRows.Shipment::lines);
        Cells.text(cost, s -> money(s.cost()));
        Cells.text(days, s -> s.promisedDays() + (s.late() ? " (late)" : ""));
        Cells.text(distance, s -> String.format(Locale.ROOT, "%.0f", s.distanceKm()));
        small(table, "Nothing allocated", model.currentPlan());
    }

    static void alternatives(TableView<DetailRows.Alternative> table,
            List<TableColumn<DetailRows.Alternative, String>> columns,
            TableColumn<DetailRows.Alternative, DetailRows.Alternative> delta, OrderDetailViewModel model) {
        Cells.text(columns.get(0), a -> Integer.toString(a.rank()));
        Cells.text(columns.get(1), DetailRows.Alternative::nodes);
        Cells.text(columns.get(2), DetailRows.Alternative::services);
        Cells.text(columns.get(3), a -> Integer.toString(a.shipments()));
        Cells.text(columns.get(4), a -> money(a.cost()));
        Cells.text(columns.get(5), a -> Integer.toString(a.promisedDays()));
        Cells.text(columns.get(6), a -> String.format(Locale.ROOT, "%.0f", a.distanceKm()));
        Cells.text(columns.get(7), a -> a.unitsPlaced() + "/" + a.unitsOpen());
        Cells.text(columns.get(8), a -> a.current() ? a.basis() + " (the current plan)" : a.basis());
        Cells.styled(delta, a -> String.format(Locale.ROOT, "%+.2f", a.delta()),
                a -> a.delta() > 0.005 ? ExceptionStyles.COST_UP : a.delta() < -0.005 ? ExceptionStyles.COST_DOWN
                        : "", List.of(ExceptionStyles.COST_UP, ExceptionStyles.COST_DOWN));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DetailRows.Alternative alternative, boolean empty) {
                super.updateItem(alternative, empty);
                getStyleClass().remove(ExceptionStyles.CURRENT_PLAN);
                if (!empty && alternative != null && alternative.current()) {
                    getStyleClass().add(ExceptionStyles.CURRENT_PLAN);
                }
            }
        });
        small(table, "No plan: see why under the node verdicts", model.alternatives());
    }

    static void verdicts(TableView<DetailRows.NodeVerdict> table, TableColumn<DetailRows.NodeVerdict, String> node,
            TableColumn<DetailRows.NodeVerdict, String> verdict, TableColumn<DetailRows.NodeVerdict, String> delta,
            TableColumn<DetailRows.NodeVerdict, String> distance,
            TableColumn<DetailRows.NodeVerdict, String> detail, OrderDetailViewModel model) {
        Cells.text(node, v -> v.nodeId() + " " + v.nodeName());
        Cells.text(verdict, v -> v.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        Cells.text(delta, v -> v.costDelta().isPresent() ? String.format(Locale.ROOT, "%+.2f",
                v.costDelta().getAsDouble()) : "");
        Cells.text(distance, v -> v.distanceKm().isPresent() ? String.format(Locale.ROOT, "%.0f",
                v.distanceKm().getAsDouble()) : "");
        Cells.text(detail, DetailRows.NodeVerdict::detail);
        small(table, "No verdicts yet", model.verdicts());
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DetailRows.NodeVerdict row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.detail()));
            }
        });
    }

    static void timeline(TableView<DetailRows.Event> table, TableColumn<DetailRows.Event, String> at,
            TableColumn<DetailRows.Event, String> type, TableColumn<DetailRows.Event, String> actor,
            TableColumn<DetailRows.Event, String> reason, TableColumn<DetailRows.Event, String> details,
            OrderDetailViewModel model, ZoneId zone) {
        Cells.text(at, e -> WHEN.format(e.at().atZone(zone)));
        Cells.text(type, DetailRows.Event::type);
        Cells.text(actor, DetailRows.Event::actor);
        Cells.text(reason, DetailRows.Event::reason);
        Cells.text(details, DetailRows.Event::details);
        small(table, "No events in the feed for this order", model.timeline());
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DetailRows.Event event, boolean empty) {
                super.updateItem(event, empty);
                getStyleClass().remove(ExceptionStyles.PENDING);
                setTooltip(null);
                if (!empty && event != null) {
                    if (event.queued()) {
                        getStyleClass().add(ExceptionStyles.PENDING);
                    }
                    setTooltip(new Tooltip(event.details()));
                }
            }
        });
    }

    private static <R> void small(TableView<R> table, String placeholder, ObservableList<R> rows) {
        table.getStyleClass().addAll(Styles.DENSE);
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(placeholder));
        table.setItems(rows);
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
