package io.omniroute.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * Shipments per node that count against that UTC day's capacity: the distinct shipments of the SHIP orders
     * created that day, as the backend counts them.
     */
    public Map<String, Integer> shipmentsOn(LocalDate day) throws SQLException {
        Map<String, Set<String>> shipments = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, data FROM orders"
                + " WHERE created_at >= ? AND created_at < ? AND fulfillment = 'SHIP'")) {
            select.setObject(1, day.atStartOfDay().atOffset(ZoneOffset.UTC));
            select.setObject(2, day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String orderId = rows.getString(1);
                    for (JsonNode allocation : CacheJson.cached(rows.getString(2), "order " + orderId)
                            .path("allocations")) {
                        shipments.computeIfAbsent(allocation.path("node_id").asText(), node -> new HashSet<>())
                                .add(orderId + "/" + allocation.path("shipment_id").asText());
                    }
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        shipments.forEach((node, ids) -> counts.put(node, ids.size()));
        return counts;
    }
}
