package io.omniroute.server.commands;

import com.fasterxml.jackson.databind.util.RawValue;
import io.omniroute.server.Json;
import io.omniroute.server.store.ExceptionRow;
import io.omniroute.server.store.FeedData;
import io.omniroute.server.store.InventoryRow;
import io.omniroute.server.store.NewChange;
import io.omniroute.server.store.OrderEvent;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.PickupRow;
import io.omniroute.server.store.Reply;
import io.omniroute.server.store.RulesRow;
import io.omniroute.server.store.Scope;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feed rows one command writes: each changed entity's full state, scoped as {@code OrderService} scopes it.
 * They are appended last, just before the commit, because appending serializes feed writers until they commit.
 */
final class FeedRows {

    private static final List<String> ENTITY_ORDER = List.of(FeedData.ORDER, FeedData.EXCEPTION, FeedData.PICKUP,
            FeedData.RULES, FeedData.INVENTORY);

    private final List<NewChange> rows = new ArrayList<>();
    /** Orders are written at append time, with their events as the transaction has them by then. */
    private final List<OrderRecord> orders = new ArrayList<>();
    /** Timelines read along with their orders, by order id: no read of them at append time. */
    private final Map<String, Reply<List<OrderEvent>>> timelines = new HashMap<>();

    void order(OrderRecord order) {
        orders.add(order);
    }

    /** The order's events as its command read them with the order (with those appended since, when read). */
    void timeline(String orderId, Reply<List<OrderEvent>> events) {
        timelines.put(orderId, events);
    }

    void exception(ExceptionRow exception) {
        rows.add(NewChange.of(FeedData.EXCEPTION, exception.exceptionId(), exception.version(), Scope.of(exception),
                Json.write(FeedData.exception(exception))));
    }

    void pickup(PickupRow pickup) {
        rows.add(NewChange.of(FeedData.PICKUP, pickup.orderId(), pickup.version(), Scope.of(pickup),
                Json.write(FeedData.pickup(pickup))));
    }

    void inventory(InventoryRow row) {
        rows.add(NewChange.of(FeedData.INVENTORY, row.feedId(), row.version(), Scope.of(row),
                Json.write(FeedData.inventory(row))));
    }

    void rules(RulesRow rules) {
        rows.add(NewChange.of(FeedData.RULES, RulesRow.ID, rules.version(), Scope.ALL,
                Json.write(FeedData.rules(rules))));
    }

    /**
     * Appends the rows, orders first, then exceptions, pickups, rules and inventory as {@code OrderService} does,
     * and returns them as {@code GET /changes} shows them. They are written at the commit: read their seqs only
     * once the transaction has committed.
     */
    List<Map<String, Object>> append(Tx tx) throws SQLException {
        List<NewChange> ordered = new ArrayList<>(rows);
        for (OrderRecord order : orders) {
            ordered.add(NewChange.of(FeedData.ORDER, order.orderId(), order.version(), Scope.of(order),
                    Json.write(FeedData.order(order, timeline(tx, order.orderId())))));
        }
        ordered.sort(Comparator.comparingInt(row -> ENTITY_ORDER.indexOf(row.entity())));
        List<Map<String, Object>> written = new ArrayList<>(ordered.size());
        for (NewChange row : ordered) {
            String data = row.data().orElse(null);
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("seq", null); // first among the keys; set when the rows are written, just before the commit
            change.put("entity", row.entity());
            change.put("id", row.entityId());
            change.put("version", row.version());
            change.put("deleted", row.deleted());
            change.put("data", data == null ? null : new RawValue(data));
            tx.feed().appendAtCommit(row, seq -> change.put("seq", seq));
            written.add(change);
        }
        return written;
    }

    private List<OrderEvent> timeline(Tx tx, String orderId) throws SQLException {
        Reply<List<OrderEvent>> read = timelines.get(orderId);
        return read != null ? read.get() : tx.orders().events(orderId);
    }
}
