package io.omniroute.server.store;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of each change-feed entity, as docs/sync-api.md defines it: plain maps with snake_case keys in
 * document order, ready for {@code io.omniroute.server.Json.write}. Times are ISO-8601 UTC strings.
 */
public final class FeedData {

    public static final String NODE = "node";
    public static final String SKU = "sku";
    public static final String INVENTORY = "inventory";
    public static final String ORDER = "order";
    public static final String EXCEPTION = "exception";
    public static final String PICKUP = "pickup";
    public static final String RULES = "rules";
    public static final String CARRIERS = "carriers";
    /** The id of the one carriers entity: the network's whole rate card. */
    public static final String CARRIERS_ID = "current";

    private FeedData() {
    }

    /** The columns of nodes.csv; daily_capacity null means unlimited, tags a list. */
    public static Map<String, Object> node(Node node) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("node_id", node.id());
        data.put("name", node.name());
        data.put("type", node.type().name());
        data.put("lat", node.lat());
        data.put("lon", node.lon());
        data.put("zip", node.zip());
        data.put("ship", node.ship());
        data.put("pickup", node.pickup());
        data.put("same_day", node.sameDay());
        data.put("returns", node.returns());
        data.put("daily_capacity", node.dailyCapacity().isPresent() ? node.dailyCapacity().getAsInt() : null);
        data.put("handling_cost", node.handlingCost());
        data.put("pick_cost", node.pickCost());
        data.put("processing_days", node.processingDays());
        data.put("tags", node.tags());
        return data;
    }

    public static Map<String, Object> sku(Sku sku) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sku", sku.sku());
        data.put("name", sku.name());
        data.put("category", sku.category());
        data.put("weight_kg", sku.weightKg());
        data.put("unit_price", sku.unitPrice());
        return data;
    }

    /**
     * The rate card the console prices plans with: zones.csv, carriers.csv and service_levels.csv, each a list of
     * rows with the files' column names, in the files' order. A missing max_km is null.
     */
    public static Map<String, Object> carriers(Scenario network) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> zones = new ArrayList<>();
        for (Zone zone : network.zones()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("zone", zone.zone());
            row.put("max_km", zone.maxKm().isPresent() ? zone.maxKm().getAsDouble() : null);
            zones.add(row);
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (CarrierService service : network.carriers()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("carrier", service.carrier());
            row.put("service", service.service());
            row.put("zone", service.zone());
            row.put("base_rate", service.baseRate());
            row.put("per_kg", service.perKg());
            row.put("transit_days", service.transitDays());
            row.put("max_km", service.maxKm().isPresent() ? service.maxKm().getAsDouble() : null);
            services.add(row);
        }
        List<Map<String, Object>> levels = new ArrayList<>();
        for (ServiceLevel level : network.serviceLevels()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("service_level", level.name());
            row.put("max_days", level.maxDays());
            levels.add(row);
        }
        data.put("zones", zones);
        data.put("carriers", services);
        data.put("service_levels", levels);
        return data;
    }

    public static Map<String, Object> inventory(InventoryRow row) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("node_id", row.nodeId());
        data.put("sku", row.sku());
        data.put("on_hand", row.onHand());
        data.put("safety_stock", row.safetyStock());
        data.put("reserved", row.reserved());
        data.put("atp", row.atp());
        data.put("updated_at", row.updatedAt().toString());
        return data;
    }

    public static Map<String, Object> rules(RulesRow rules) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", rules.version());
        data.put("yaml", rules.yaml());
        data.put("published_at", rules.publishedAt().toString());
        data.put("published_by", rules.publishedBy());
        return data;
    }

    /**
     * The columns of orders.csv plus status, profile, value, lines (with their cancelled and backordered units),
     * allocations and the order's events (its timeline: who did what, when and why).
     */
    public static Map<String, Object> order(OrderRecord order, List<OrderEvent> events) {
        Map<String, Object> data = order(order);
        data.put("events", events.stream().map(FeedData::event).toList());
        return data;
    }

    public static Map<String, Object> event(OrderEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("at", event.at().toString());
        data.put("type", event.type());
        data.put("actor", event.actor());
        data.put("reason", event.reason());
        data.put("details", event.details());
        return data;
    }

    /**
     * The columns of orders.csv plus status, profile, value, lines (with their cancelled and backordered units) and
     * allocations, without the events (a conflict's view of the order).
     */
    public static Map<String, Object> order(OrderRecord order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", order.orderId());
        data.put("created_at", order.createdAt().toString());
        data.put("channel", order.channel());
        data.put("fulfillment", order.fulfillment().name());
        data.put("service_level", order.serviceLevel());
        data.put("lat", order.lat());
        data.put("lon", order.lon());
        data.put("zip", order.zip());
        data.put("pickup_node_id", order.pickupNodeId().orElse(null));
        data.put("customer_name", order.customerName());
        data.put("status", order.status());
        data.put("profile", order.profile());
        data.put("value", order.value());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OrderLineRow line : order.lines()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("line_no", line.lineNo());
            item.put("sku", line.sku());
            item.put("qty", line.qty());
            item.put("cancelled_qty", line.cancelledQty());
            item.put("backordered_qty", line.backorderedQty());
            lines.add(item);
        }
        data.put("lines", lines);
        data.put("allocations", order.allocations().stream().map(FeedData::allocation).toList());
        return data;
    }

    public static Map<String, Object> exception(ExceptionRow exception) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exception_id", exception.exceptionId());
        data.put("order_id", exception.orderId());
        data.put("line_no", exception.lineNo());
        data.put("sku", exception.sku());
        data.put("qty", exception.qty());
        data.put("type", exception.type());
        data.put("reason", exception.reason());
        data.put("status", exception.status());
        data.put("created_at", exception.createdAt().toString());
        data.put("node_id", exception.nodeId().orElse(null));
        data.put("assignee", exception.assignee().orElse(null));
        data.put("taken_at", exception.takenAt().map(Instant::toString).orElse(null));
        return data;
    }

    public static Map<String, Object> pickup(PickupRow pickup) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", pickup.orderId());
        data.put("node_id", pickup.nodeId());
        data.put("status", pickup.status());
        data.put("customer_name", pickup.customerName());
        data.put("ready_by", pickup.readyBy().toString());
        data.put("value", pickup.value());
        data.put("ready_at", pickup.readyAt().map(Instant::toString).orElse(null));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (PickupLineRow line : pickup.lines()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("line_no", line.lineNo());
            item.put("sku", line.sku());
            item.put("qty", line.qty());
            item.put("ready_qty", line.readyQty());
            item.put("rejected_qty", line.rejectedQty());
            lines.add(item);
        }
        data.put("lines", lines);
        return data;
    }

    private static Map<String, Object> allocation(AllocationRow allocation) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("line_no", allocation.lineNo());
        data.put("sku", allocation.sku());
        data.put("qty", allocation.qty());
        data.put("node_id", allocation.nodeId());
        data.put("shipment_id", allocation.shipmentId());
        data.put("carrier", allocation.carrier());
        data.put("service", allocation.service());
        data.put("zone", allocation.zone());
        data.put("distance_km", allocation.distanceKm());
        data.put("promised_days", allocation.promisedDays());
        return data;
    }
}
