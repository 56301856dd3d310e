package io.omniroute.console.shell;

import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OrderSummary;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A quick look at one cached order from the global search: its header, lines and allocations. */
public final class OrderPeekViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final H2LocalStore store;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final ObservableList<OrderSummary.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<OrderSummary.Allocation> allocations = FXCollections.observableArrayList();

    public OrderPeekViewModel(H2LocalStore store, TaskExecutor executor, ZoneId zone) {
        this.store = store;
        this.executor = executor;
        this.zone = zone;
    }

    public void load(String orderId) {
        header.set("Order " + orderId);
        details.set("reading the cache");
        executor.execute(BackgroundTask.of("reading order " + orderId,
                () -> store.read(tx -> tx.orders().summary(orderId))).onSuccess(found -> {
                    if (found.isEmpty()) {
                        details.set("order " + orderId + " is not in the cache (yet)");
                        return;
                    }
                    OrderSummary order = found.get();
                    header.set("Order " + order.orderId() + " · " + order.status()
                            + (order.pending() > 0 ? " · change pending" : ""));
                    details.set(String.format(Locale.ROOT, "%s · %s %s · %s · value %.2f · created %s%s",
                            order.channel(), order.fulfillment(), order.serviceLevel(),
                            order.lines().size() + (order.lines().size() == 1 ? " line" : " lines"), order.value(),
                            TIME.format(order.createdAt().atZone(zone)),
                            order.pickupNodeId().map(node -> " · pickup at " + node).orElse("")));
                    lines.setAll(order.lines());
                    allocations.setAll(order.allocations());
                }).onFailure(error -> details.set("cannot read order " + orderId + ": " + error.getMessage())));
    }

    public ReadOnlyStringProperty headerProperty() {
        return header;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    public ObservableList<OrderSummary.Line> lines() {
        return lines;
    }

    public ObservableList<OrderSummary.Allocation> allocations() {
        return allocations;
    }
}
