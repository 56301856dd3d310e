package io.omniroute.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the console's overview screens ask of the cached orders, without loading them whole. */
public final class OrderLookupRepository {

    private final Connection connection;

    OrderLookupRepository(Connection connection) {
        this.connection = connection;
    }

    /** Order ids that start with the text (upper-cased, as the backend's ids are), in id order. */
    public List<String> idsStartingWith(String text, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM orders WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?")) {
            select.setString(1, text.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * Capacity slots per node taken on that UTC day, as the backend counts them: one per SHIP order created that day
     * and shipping from the node, however many shipments a reroute split it into there.
     */
    public Map<String, Integer> shipmentsOn(LocalDate day) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        slotHoldersOn(day).forEach((node, ids) -> counts.put(node, ids.size()));
        return counts;
    }

    /** The SHIP orders created that UTC day that hold a slot at each node. */
    public Map<String, Set<String>> slotHoldersOn(LocalDate day) throws SQLException {
        Map<String, Set<String>> ordersByNode = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, data FROM orders"
                + " WHERE created_at >= ? AND created_at < ? AND fulfillment = 'SHIP'")) {
            select.setObject(1, day.atStartOfDay().atOffset(ZoneOffset.UTC));
            select.setObject(2, day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String orderId = rows.getString(1);
                    for (String node : slotNodes(orderId, rows.getString(2))) {
                        ordersByNode.computeIfAbsent(node, n -> new HashSet<>()).add(orderId);
                    }
                }
            }
        }
        return ordersByNode;
    }

    /**
     * For each of those orders that is cached and ships: its UTC creation day and the nodes it holds a slot at
     * (none for a pickup or an order not cached).
     */
    public Map<String, SlotHolder> slotHolders(Collection<String> orderIds) throws SQLException {
        Map<String, SlotHolder> holders = new HashMap<>();
        for (SlotHolder holder : IdLists.select(connection, "SELECT id, data, created_at, fulfillment FROM orders"
                + " WHERE id IN", "", List.of(), orderIds, rows -> {
                    OffsetDateTime created = rows.getObject(3, OffsetDateTime.class);
                    boolean ships = "SHIP".equals(rows.getString(4));
                    return new SlotHolder(rows.getString(1), created == null ? LocalDate.EPOCH
                            : created.atZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                            ships ? slotNodes(rows.getString(1), rows.getString(2)) : Set.of());
                })) {
            holders.put(holder.orderId(), holder);
        }
        return holders;
    }

    /** An order's UTC creation day and the nodes where it holds a shipment slot. */
    public record SlotHolder(String orderId, LocalDate day, Set<String> nodes) {
    }

    private static Set<String> slotNodes(String orderId, String json) {
        Set<String> nodes = new HashSet<>();
        for (JsonNode allocation : CacheJson.cached(json, "order " + orderId).path("allocations")) {
            nodes.add(allocation.path("node_id").asText());
        }
        return nodes;
    }

    /** The cached order, read out of its JSON; empty when it is not cached. */
    public Optional<OrderSummary> summary(String orderId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT data, pending FROM orders WHERE id = ?")) {
            select.setString(1, orderId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(summary(orderId, CacheJson.cached(rows.getString(1), "order " + orderId),
                        rows.getInt(2)));
            }
        }
    }

    private static OrderSummary summary(String orderId, JsonNode data, int pending) {
        List<OrderSummary.Line> lines = new ArrayList<>();
        for (JsonNode line : data.path("lines")) {
            lines.add(new OrderSummary.Line(line.path("line_no").asInt(), line.path("sku").asText(),
                    line.path("qty").asInt(), line.path("cancelled_qty").asInt(), line.path("backordered_qty").asInt()));
        }
        List<OrderSummary.Allocation> allocations = new ArrayList<>();
        for (JsonNode allocation : data.path("allocations")) {
            allocations.add(new OrderSummary.Allocation(allocation.path("line_no").asInt(),
                    allocation.path("sku").asText(), allocation.path("qty").asInt(),
                    allocation.path("node_id").asText(), allocation.path("carrier").asText(""),
                    allocation.path("service").asText(""), allocation.path("distance_km").asDouble(),
                    allocation.path("promised_days").asInt()));
        }
        JsonNode pickup = data.path("pickup_node_id");
        return new OrderSummary(orderId, data.path("status").asText(""),
                Instant.parse(data.path("created_at").asText("1970-01-01T00:00:00Z")), data.path("channel").asText(""),
                data.path("fulfillment").asText(""), data.path("service_level").asText(""),
                data.path("value").asDouble(), pickup.isTextual() ? Optional.of(pickup.asText()) : Optional.empty(),
                pending, lines, allocations);
    }
}
