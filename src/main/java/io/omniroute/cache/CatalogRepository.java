package io.omniroute.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The network's shared entities as the console shows them: nodes and SKUs, read out of their cached JSON. */
public final class CatalogRepository {

    private final Connection connection;

    CatalogRepository(Connection connection) {
        this.connection = connection;
    }

    /** Every cached node, by id. */
    public List<NodeRow> nodes() throws SQLException {
        List<NodeRow> nodes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, data FROM nodes ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                nodes.add(node(rows.getString(1), CacheJson.cached(rows.getString(2), "node " + rows.getString(1))));
            }
        }
        return nodes;
    }

    /** Every cached SKU, by id. */
    public List<SkuRow> skus() throws SQLException {
        List<SkuRow> skus = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, data FROM skus ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                JsonNode data = CacheJson.cached(rows.getString(2), "sku " + id);
                skus.add(new SkuRow(id, data.path("name").asText(""), data.path("category").asText(""),
                        data.path("unit_price").asDouble(0)));
            }
        }
        return skus;
    }

    private static NodeRow node(String id, JsonNode data) {
        JsonNode capacity = data.path("daily_capacity");
        List<String> tags = new ArrayList<>();
        data.path("tags").forEach(tag -> tags.add(tag.asText()));
        return new NodeRow(id, data.path("name").asText(""), data.path("type").asText(""),
                data.path("lat").asDouble(), data.path("lon").asDouble(), data.path("zip").asText(""),
                data.path("ship").asBoolean(), data.path("pickup").asBoolean(), data.path("same_day").asBoolean(),
                data.path("returns").asBoolean(),
                capacity.isNumber() ? OptionalInt.of(capacity.intValue()) : OptionalInt.empty(),
                data.path("processing_days").asInt(), tags);
    }
}
