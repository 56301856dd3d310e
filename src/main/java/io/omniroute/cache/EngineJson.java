package io.omniroute.cache;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The one mapping from the feed's entity JSON (docs/sync-api.md) to the engine's records, so the console plans with
 * exactly the network, rate card and orders the backend sent. A value of the wrong kind means the cached JSON is not
 * what the feed defines: an {@link IllegalStateException} names the entity and the field.
 */
final class EngineJson {

    private EngineJson() {
    }

    static Node node(JsonNode data) {
        String id = text(data, "node_id", "node");
        String what = "node " + id;
        JsonNode capacity = data.path("daily_capacity");
        List<String> tags = new ArrayList<>();
        data.path("tags").forEach(tag -> tags.add(tag.asText()));
        return new Node(id, text(data, "name", what), nodeType(data, what), number(data, "lat", what),
                number(data, "lon", what), data.path("zip").asText(""), data.path("ship").asBoolean(),
                data.path("pickup").asBoolean(), data.path("same_day").asBoolean(), data.path("returns").asBoolean(),
                capacity.isNumber() ? OptionalInt.of(capacity.intValue()) : OptionalInt.empty(),
                number(data, "handling_cost", what), number(data, "pick_cost", what),
                data.path("processing_days").asInt(), tags);
    }

    static Sku sku(JsonNode data) {
        String id = text(data, "sku", "sku");
        String what = "sku " + id;
        return new Sku(id, data.path("name").asText(""), data.path("category").asText(""),
                number(data, "weight_kg", what), number(data, "unit_price", what));
    }

    static List<Zone> zones(JsonNode carriers) {
        List<Zone> zones = new ArrayList<>();
        for (JsonNode zone : carriers.path("zones")) {
            zones.add(new Zone(text(zone, "zone", "carriers zone"), optionalNumber(zone, "max_km")));
        }
        return zones;
    }

    static List<CarrierService> services(JsonNode carriers) {
        List<CarrierService> services = new ArrayList<>();
        for (JsonNode row : carriers.path("carriers")) {
            String what = "carrier service " + row.path("carrier").asText() + " " + row.path("service").asText();
            services.add(new CarrierService(text(row, "carrier", what), text(row, "service", what),
                    text(row, "zone", what), number(row, "base_rate", what), number(row, "per_kg", what),
                    row.path("transit_days").asInt(), optionalNumber(row, "max_km")));
        }
        return services;
    }

    static List<ServiceLevel> serviceLevels(JsonNode carriers) {
        List<ServiceLevel> levels = new ArrayList<>();
        for (JsonNode row : carriers.path("service_levels")) {
            levels.add(new ServiceLevel(text(row, "service_level", "service level"), row.path("max_days").asInt()));
        }
        return levels;
    }

    static CachedOrder order(JsonNode data, long version, int pending) {
        String id = text(data, "order_id", "order");
        String what = "order " + id;
        List<OrderLine> lines = new ArrayList<>();
        List<CachedOrder.Line> states = new ArrayList<>();
        for (JsonNode line : data.path("lines")) {
            lines.add(new OrderLine(line.path("line_no").asInt(), text(line, "sku", what), line.path("qty").asInt()));
            states.add(new CachedOrder.Line(line.path("line_no").asInt(), line.path("sku").asText(),
                    line.path("qty").asInt(), line.path("cancelled_qty").asInt(), line.path("backordered_qty").asInt()));
        }
        JsonNode pickup = data.path("pickup_node_id");
        Order order = new Order(id, instant(data, "created_at", what), data.path("channel").asText(""),
                fulfillment(data, what), text(data, "service_level", what), number(data, "lat", what),
                number(data, "lon", what), data.path("zip").asText(""),
                pickup.isTextual() ? Optional.of(pickup.asText()) : Optional.empty(),
                data.path("customer_name").asText(""), lines);
        List<CachedOrder.Allocation> allocations = new ArrayList<>();
        for (JsonNode a : data.path("allocations")) {
            allocations.add(new CachedOrder.Allocation(a.path("line_no").asInt(), a.path("sku").asText(),
                    a.path("qty").asInt(), text(a, "node_id", what), a.path("shipment_id").asText(""),
                    a.path("carrier").asText(""), a.path("service").asText(""), a.path("zone").asText(""),
                    a.path("distance_km").asDouble(), a.path("promised_days").asInt()));
        }
        List<CachedOrder.Event> events = new ArrayList<>();
        for (JsonNode e : data.path("events")) {
            events.add(new CachedOrder.Event(instant(e, "at", what + " event"), e.path("type").asText(""),
                    e.path("actor").asText(""), e.path("reason").asText(""), e.path("details").asText("")));
        }
        return new CachedOrder(order, version, data.path("status").asText(""), data.path("profile").asText(""),
                data.path("value").asDouble(), pending, states, allocations, events);
    }

    static CachedException exception(JsonNode data, long version, int pending) {
        String id = text(data, "exception_id", "exception");
        String what = "exception " + id;
        JsonNode node = data.path("node_id");
        JsonNode assignee = data.path("assignee");
        JsonNode takenAt = data.path("taken_at");
        return new CachedException(id, version, text(data, "order_id", what), data.path("line_no").asInt(),
                data.path("sku").asText(""), data.path("qty").asInt(), text(data, "type", what),
                data.path("reason").asText(""), text(data, "status", what), instant(data, "created_at", what),
                node.isTextual() ? Optional.of(node.asText()) : Optional.empty(),
                assignee.isTextual() ? Optional.of(assignee.asText()) : Optional.empty(),
                takenAt.isTextual() ? Optional.of(instant(data, "taken_at", what)) : Optional.empty(), pending);
    }

    private static NodeType nodeType(JsonNode data, String what) {
        String type = text(data, "type", what);
        try {
            return NodeType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " has type '" + type + "', which is not a node type", e);
        }
    }

    private static Fulfillment fulfillment(JsonNode data, String what) {
        String value = data.path("fulfillment").asText("SHIP");
        try {
            return Fulfillment.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " has fulfillment '" + value + "': expected SHIP or PICKUP", e);
        }
    }

    private static String text(JsonNode data, String field, String what) {
        JsonNode value = data.path(field);
        if (!value.isTextual()) {
            throw new IllegalStateException("the cached " + what + " has no text " + field);
        }
        return value.asText();
    }

    private static double number(JsonNode data, String field, String what) {
        JsonNode value = data.path(field);
        if (!value.isNumber()) {
            throw new IllegalStateException("the cached " + what + " has no number " + field);
        }
        return value.doubleValue();
    }

    private static OptionalDouble optionalNumber(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isNumber() ? OptionalDouble.of(value.doubleValue()) : OptionalDouble.empty();
    }

    private static Instant instant(JsonNode data, String field, String what) {
        try {
            return Instant.parse(text(data, field, what));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("the cached " + what + " has " + field + " '" + data.path(field).asText()
                    + "': not an ISO-8601 time", e);
        }
    }
}
