package io.omniroute.cache;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The cached entities of the change feed (docs/sync-api.md), each with its table and the columns copied out of its
 * JSON so the console can filter without parsing it. A column is named as the JSON field it holds.
 */
public enum EntityTable {
    NODE("node", "nodes", List.of(Column.text("name"), Column.text("type"))),
    SKU("sku", "skus", List.of(Column.text("name"), Column.text("category"))),
    INVENTORY("inventory", "inventory", List.of(Column.text("node_id"), Column.text("sku"),
            Column.integer("on_hand"), Column.integer("reserved"), Column.integer("atp"),
            Column.integer("safety_stock"), Column.instant("updated_at"))),
    ORDER("order", "orders", List.of(Column.text("status"), Column.text("fulfillment"),
            Column.text("pickup_node_id"), Column.instant("created_at"))),
    EXCEPTION("exception", "exceptions", List.of(Column.text("order_id"), Column.text("type"), Column.text("status"),
            Column.text("node_id"), Column.instant("created_at"), Column.text("assignee"))),
    PICKUP("pickup", "pickups", List.of(Column.text("node_id"), Column.text("status"), Column.instant("ready_by"))),
    RULES("rules", "rules", List.of()),
    CARRIERS("carriers", "carriers", List.of());

    private final String feedName;
    private final String table;
    private final List<Column> columns;

    EntityTable(String feedName, String table, List<Column> columns) {
        this.feedName = feedName;
        this.table = table;
        this.columns = columns;
    }

    /** The entity's name in the change feed: node, sku, inventory, order, exception, pickup, rules, carriers. */
    public String feedName() {
        return feedName;
    }

    String table() {
        return table;
    }

    List<Column> columns() {
        return columns;
    }

    public static Optional<EntityTable> byFeedName(String feedName) {
        return Arrays.stream(values()).filter(entity -> entity.feedName.equals(feedName)).findFirst();
    }

    /** The entity of that feed name, or an error that lists the known ones. */
    public static EntityTable of(String feedName) {
        return byFeedName(feedName).orElseThrow(() -> new IllegalArgumentException("unknown entity '" + feedName
                + "': expected one of " + Arrays.stream(values()).map(EntityTable::feedName).toList()));
    }
}
