package io.omniroute.console.store;

import io.omniroute.cache.FeedChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Change-feed rows for the store screen's tests, as the backend writes them (docs/sync-api.md): two pickup stores
 * and a DC, three SKUs, and pickups with their orders at ST-1 and at ST-2.
 */
final class StoreFeed {

    private StoreFeed() {
    }

    /**
     * O-1 NEW at ST-1 (2 × SKU-2, 1 × SKU-1), O-2 ACCEPTED at ST-1 (2 × SKU-1, 1 × SKU-3), O-9 NEW at ST-2; each
     * at version 1.
     */
    static List<FeedChange> seed(Instant now) {
        List<FeedChange> changes = new ArrayList<>();
        changes.add(node(1, "DC-1", "Dallas DC", "DC", false));
        changes.add(node(2, "ST-1", "LA Store", "STORE", true));
        changes.add(node(3, "ST-2", "Chicago Store", "STORE", true));
        changes.add(sku(4, "SKU-1", "Desk lamp"));
        changes.add(sku(5, "SKU-2", "Alpine tent"));
        changes.add(sku(6, "SKU-3", "Water bottle"));
        changes.add(order(7, "O-1", "ST-1", "web"));
        changes.add(change(8, "pickup", "O-1", 1, pickupJson("O-1", "ST-1", "NEW", now.plus(Duration.ofMinutes(20)),
                null, "[" + line(1, "SKU-2", 2, 0, 0) + "," + line(2, "SKU-1", 1, 0, 0) + "]")));
        changes.add(order(9, "O-2", "ST-1", "mobile"));
        changes.add(change(10, "pickup", "O-2", 1, pickupJson("O-2", "ST-1", "ACCEPTED",
                now.minus(Duration.ofMinutes(5)), null, "[" + line(1, "SKU-1", 2, 0, 0) + ","
                        + line(2, "SKU-3", 1, 0, 0) + "]")));
        changes.add(order(11, "O-9", "ST-2", "web"));
        changes.add(change(12, "pickup", "O-9", 1, pickupJson("O-9", "ST-2", "NEW", now.plus(Duration.ofHours(1)),
                null, "[" + line(1, "SKU-1", 1, 0, 0) + "]")));
        return changes;
    }

    /** A pickup of one line, 1 × SKU-1. */
    static FeedChange pickup(long seq, String orderId, long version, String nodeId, String status, Instant readyBy,
            Instant readyAt) {
        return change(seq, "pickup", orderId, version, pickupJson(orderId, nodeId, status, readyBy, readyAt,
                "[" + line(1, "SKU-1", 1, status.equals("READY") ? 1 : 0, 0) + "]"));
    }

    /** The seeded O-1 at its next version, as a command applied on the backend feeds it. */
    static FeedChange nextVersion(long seq, String orderId, long version, String status, Instant readyAt) {
        int ready = status.equals("READY") || status.equals("COLLECTED") ? 1 : 0;
        return change(seq, "pickup", orderId, version, pickupJson(orderId, "ST-1", status,
                Pickups.NOW.plus(Duration.ofMinutes(20)), readyAt, "[" + line(1, "SKU-2", 2, 2 * ready, 0) + ","
                        + line(2, "SKU-1", 1, ready, 0) + "]"));
    }

    private static String pickupJson(String orderId, String nodeId, String status, Instant readyBy, Instant readyAt,
            String lines) {
        return "{\"order_id\":\"" + orderId + "\",\"node_id\":\"" + nodeId + "\",\"status\":\"" + status
                + "\",\"customer_name\":\"Ana Lima\",\"ready_by\":\"" + readyBy + "\",\"value\":64.9,\"ready_at\":"
                + (readyAt == null ? "null" : "\"" + readyAt + "\"") + ",\"lines\":" + lines + "}";
    }

    private static String line(int lineNo, String sku, int qty, int readyQty, int rejectedQty) {
        return "{\"line_no\":" + lineNo + ",\"sku\":\"" + sku + "\",\"qty\":" + qty + ",\"ready_qty\":" + readyQty
                + ",\"rejected_qty\":" + rejectedQty + "}";
    }

    private static FeedChange node(long seq, String id, String name, String type, boolean pickup) {
        return change(seq, "node", id, 1, "{\"node_id\":\"" + id + "\",\"name\":\"" + name + "\",\"type\":\"" + type
                + "\",\"lat\":34.05,\"lon\":-118.24,\"zip\":\"90012\",\"ship\":true,\"pickup\":" + pickup
                + ",\"same_day\":false,\"returns\":true,\"daily_capacity\":null,\"processing_days\":1,\"tags\":[]}");
    }

    private static FeedChange sku(long seq, String sku, String name) {
        return change(seq, "sku", sku, 1, "{\"sku\":\"" + sku + "\",\"name\":\"" + name
                + "\",\"category\":\"home\",\"weight_kg\":1.0,\"unit_price\":20.0}");
    }

    private static FeedChange order(long seq, String orderId, String nodeId, String channel) {
        return change(seq, "order", orderId, 1, "{\"order_id\":\"" + orderId + "\",\"created_at\":"
                + "\"2026-03-02T08:00:00Z\",\"channel\":\"" + channel + "\",\"fulfillment\":\"PICKUP\","
                + "\"service_level\":\"STANDARD\",\"pickup_node_id\":\"" + nodeId + "\",\"customer_name\":"
                + "\"Ana Lima\",\"status\":\"SOURCED\",\"value\":64.9,\"lines\":[],\"allocations\":[]}");
    }

    private static FeedChange change(long seq, String entity, String id, long version, String json) {
        return new FeedChange(seq, entity, id, version, false, Optional.of(json));
    }
}
