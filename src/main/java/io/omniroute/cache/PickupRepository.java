package io.omniroute.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A store's pickups, read out of their cached JSON with the channel of their order joined in. Every read names the
 * store: a screen asks for one store's pickups and never receives another's.
 */
public final class PickupRepository {

    /** Ids per IN list, as the entity reads chunk theirs. */
    private static final String SELECT = "SELECT p.id, p.version, p.data, p.pending, o.data FROM pickups p"
            + " LEFT JOIN orders o ON o.id = p.id WHERE p.node_id = ?";

    private final Connection connection;

    PickupRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * The store's pickups still to be handed over (NEW, ACCEPTED, PICKING, READY), and its finished ones (COLLECTED,
     * NO_SHOW, CANCELLED) promised from {@code finishedSince} on, by ready-by time.
     */
    public List<PickupRow> atNode(String nodeId, Instant finishedSince) throws SQLException {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(finishedSince, "finishedSince");
        try (PreparedStatement select = connection.prepareStatement(SELECT
                + " AND (p.status IN ('NEW', 'ACCEPTED', 'PICKING', 'READY') OR p.ready_by >= ?)"
                + " ORDER BY p.ready_by, p.id")) {
            select.setString(1, nodeId);
            select.setObject(2, finishedSince.atOffset(ZoneOffset.UTC));
            return rows(select);
        }
    }

    /** Those of the ids that are pickups at the store, whatever their status; the rest are left out. */
    public List<PickupRow> byIds(String nodeId, Collection<String> ids) throws SQLException {
        Objects.requireNonNull(nodeId, "nodeId");
        return IdLists.select(connection, SELECT + " AND p.id IN", " ORDER BY p.id", List.of(nodeId), ids,
                PickupRepository::pickup);
    }

    private static List<PickupRow> rows(PreparedStatement select) throws SQLException {
        List<PickupRow> pickups = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                pickups.add(pickup(rows));
            }
        }
        return pickups;
    }

    private static PickupRow pickup(ResultSet rows) throws SQLException {
        String id = rows.getString(1);
        String orderJson = rows.getString(5);
        String channel = orderJson == null ? ""
                : CacheJson.cached(orderJson, "order " + id).path("channel").asText("");
        return pickup(id, CacheJson.cached(rows.getString(3), "pickup " + id), channel, rows.getLong(2),
                rows.getInt(4));
    }

    private static PickupRow pickup(String id, JsonNode data, String channel, long version, int pending) {
        List<PickupRow.Line> lines = new ArrayList<>();
        for (JsonNode line : data.path("lines")) {
            lines.add(new PickupRow.Line(line.path("line_no").asInt(), line.path("sku").asText(""),
                    line.path("qty").asInt(), line.path("ready_qty").asInt(), line.path("rejected_qty").asInt(),
                    location(line)));
        }
        return new PickupRow(id, data.path("node_id").asText(""), data.path("status").asText(""),
                data.path("customer_name").asText(""), instant(data, "ready_by", id).orElse(Instant.EPOCH),
                data.path("value").asDouble(), instant(data, "ready_at", id), lines, channel, version, pending);
    }

    /** "aisle 4 / bin B12", "bin B12", ...: whichever of the two the line names; empty when neither. */
    private static Optional<String> location(JsonNode line) {
        String aisle = line.path("aisle").asText("");
        String bin = line.path("bin").asText("");
        if (aisle.isEmpty() && bin.isEmpty()) {
            return Optional.empty();
        }
        if (aisle.isEmpty() || bin.isEmpty()) {
            return Optional.of(aisle.isEmpty() ? "bin " + bin : "aisle " + aisle);
        }
        return Optional.of("aisle " + aisle + " / bin " + bin);
    }

    private static Optional<Instant> instant(JsonNode data, String field, String id) {
        JsonNode value = data.path(field);
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.asText()).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("the cached pickup " + id + " has " + field + " '" + value.asText()
                    + "': expected an ISO-8601 time such as 2026-03-02T18:00:00Z", e);
        }
    }
}
