package io.omniroute.cache;

import java.util.Optional;

/** Change-feed rows as the reference server writes them, for cache tests. */
final class TestFeed {

    private TestFeed() {
    }

    static FeedChange inventory(long seq, String nodeId, String sku, long version, int atp) {
        String data = "{\"node_id\":\"" + nodeId + "\",\"sku\":\"" + sku + "\",\"on_hand\":" + (atp + 7)
                + ",\"safety_stock\":2,\"reserved\":5,\"atp\":" + atp + ",\"updated_at\":\"2026-03-02T08:15:00Z\"}";
        return new FeedChange(seq, "inventory", nodeId + "|" + sku, version, false, Optional.of(data));
    }

    static FeedChange order(long seq, String orderId, long version, String status) {
        String data = "{\"order_id\":\"" + orderId + "\",\"created_at\":\"2026-03-02T08:00:00Z\",\"channel\":\"web\","
                + "\"fulfillment\":\"SHIP\",\"service_level\":\"STANDARD\",\"lat\":40.7,\"lon\":-74.0,\"zip\":\"10001\","
                + "\"pickup_node_id\":null,\"customer_name\":\"Ana\",\"status\":\"" + status + "\",\"profile\":\"default\","
                + "\"value\":42.5,\"lines\":[{\"line_no\":1,\"sku\":\"SKU-1\",\"qty\":2,\"cancelled_qty\":0,"
                + "\"backordered_qty\":0}],\"allocations\":[]}";
        return new FeedChange(seq, "order", orderId, version, false, Optional.of(data));
    }

    static FeedChange pickup(long seq, String orderId, long version, String nodeId, String status) {
        String data = "{\"order_id\":\"" + orderId + "\",\"node_id\":\"" + nodeId + "\",\"status\":\"" + status
                + "\",\"customer_name\":\"Ana\",\"ready_by\":\"2026-03-02T18:00:00Z\",\"value\":10.0,\"ready_at\":null,"
                + "\"lines\":[]}";
        return new FeedChange(seq, "pickup", orderId, version, false, Optional.of(data));
    }

    static FeedChange node(long seq, String nodeId, long version) {
        String data = "{\"node_id\":\"" + nodeId + "\",\"name\":\"Store " + nodeId + "\",\"type\":\"STORE\"}";
        return new FeedChange(seq, "node", nodeId, version, false, Optional.of(data));
    }

    static FeedChange deleted(long seq, String entity, String id, long version) {
        return new FeedChange(seq, entity, id, version, true, Optional.empty());
    }
}
