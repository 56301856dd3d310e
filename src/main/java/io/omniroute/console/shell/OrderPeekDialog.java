package io.omniroute.console.shell;

import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OrderSummary;
import io.omniroute.console.task.TaskExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The order quick look: header, lines, allocations. */
final class OrderPeekDialog {

    private OrderPeekDialog() {
    }

    static void show(Window owner, H2LocalStore store, TaskExecutor executor, String orderId, ZoneId zone) {
        OrderPeekViewModel model = new OrderPeekViewModel(store, executor, zone);
        Label details = new Label();
        details.setId("orderDetails");
        details.textProperty().bind(model.detailsProperty());
        TableView<OrderSummary.Line> lines = new TableView<>(model.lines());
        lines.getColumns().setAll(List.of(
                column("Line", 50, line -> Integer.toString(line.lineNo())),
                column("SKU", 120, OrderSummary.Line::sku),
                column("Qty", 60, line -> Integer.toString(line.qty())),
                column("Cancelled", 80, line -> Integer.toString(line.cancelledQty())),
                column("Backordered", 90, line -> Integer.toString(line.backorderedQty()))));
        lines.setPrefHeight(160);
        TableView<OrderSummary.Allocation> allocations = new TableView<>(model.allocations());
        allocations.setId("orderAllocations");
        allocations.setPlaceholder(new Label("Nothing allocated"));
        allocations.getColumns().setAll(List.of(
                column("Line", 50, a -> Integer.toString(a.lineNo())),
                column("SKU", 120, OrderSummary.Allocation::sku),
                column("Qty", 50, a -> Integer.toString(a.qty())),
                column("Node", 110, OrderSummary.Allocation::nodeId),
                column("Carrier", 90, OrderSummary.Allocation::carrier),
                column("Service", 90, OrderSummary.Allocation::service),
                column("km", 70, a -> String.format(Locale.ROOT, "%.0f", a.distanceKm())),
                column("Days", 50, a -> Integer.toString(a.promisedDays()))));
        allocations.setPrefHeight(180);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Order " + orderId);
        dialog.headerTextProperty().bind(model.headerProperty());
        dialog.getDialogPane().setContent(new VBox(8, details, new Label("Lines"), lines, new Label("Allocations"),
                allocations));
        dialog.getDialogPane().setPrefWidth(720);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        model.load(orderId);
        dialog.show();
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
