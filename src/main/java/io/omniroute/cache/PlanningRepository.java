package io.omniroute.cache;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the engine needs of the cache to plan as the backend would: the network with its rate card and rules, and
 * orders whole. Nodes and SKUs come in id order, so every console compiles the same network.
 */
public final class PlanningRepository {

    private static final String ORDER_COLUMNS = "SELECT id, version, data, pending FROM orders";

    private final Connection connection;

    PlanningRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * The network, rate card and rules as the feed last sent them, without stock or orders; empty until the backend
     * has sent its rate card. Rules that do not parse are an {@link IllegalStateException} naming the version.
     */
    public Optional<Scenario> network() throws SQLException {
        Optional<JsonNode> carriers = json("SELECT data FROM carriers WHERE id = 'current'", "carriers");
        if (carriers.isEmpty()) {
            return Optional.empty();
        }
        List<Node> nodes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, data FROM nodes ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                nodes.add(EngineJson.node(CacheJson.cached(rows.getString(2), "node " + rows.getString(1))));
            }
        }
        List<Sku> skus = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, data FROM skus ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                skus.add(EngineJson.sku(CacheJson.cached(rows.getString(2), "sku " + rows.getString(1))));
            }
        }
        JsonNode rate = carriers.get();
        return Optional.of(new Scenario(nodes, skus, List.of(), EngineJson.zones(rate), EngineJson.services(rate),
                EngineJson.serviceLevels(rate), List.of(), rules()));
    }

    private Optional<RuleSet> rules() throws SQLException {
        Optional<JsonNode> rules = json("SELECT data FROM rules WHERE id = 'current'", "rules");
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        String name = "rules version " + rules.get().path("version").asText("?");
        try {
            return Optional.of(RulesReader.parse(rules.get().path("yaml").asText(""), name));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the backend's " + name + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The cached order whole; empty when it is not cached. */
    public Optional<CachedOrder> order(String orderId) throws SQLException {
        List<CachedOrder> found = orders(List.of(orderId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Those of the ids that are cached, in id order. */
    public List<CachedOrder> orders(Collection<String> orderIds) throws SQLException {
        return IdLists.select(connection, ORDER_COLUMNS + " WHERE id IN", " ORDER BY id", List.of(), orderIds,
                PlanningRepository::order);
    }

    /** Orders created in [from, to), oldest first (ties by id). */
    public List<CachedOrder> ordersCreated(Instant from, Instant to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ORDER_COLUMNS
                + " WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id")) {
            select.setObject(1, from.atOffset(ZoneOffset.UTC));
            select.setObject(2, to.atOffset(ZoneOffset.UTC));
            return orders(select);
        }
    }

    /** How many orders were created in [from, to), and when the first and the last of them were. */
    public record CreatedOrders(long count, Optional<Instant> first, Optional<Instant> last) {
    }

    /** Counts the orders created in [from, to) without reading them, so a window can be sized before it is read. */
    public CreatedOrders countCreated(Instant from, Instant to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*), MIN(created_at),"
                + " MAX(created_at) FROM orders WHERE created_at >= ? AND created_at < ?")) {
            select.setObject(1, from.atOffset(ZoneOffset.UTC));
            select.setObject(2, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new CreatedOrders(rows.getLong(1), instant(rows.getObject(2, OffsetDateTime.class)),
                        instant(rows.getObject(3, OffsetDateTime.class)));
            }
        }
    }

    private static Optional<Instant> instant(OffsetDateTime at) {
        return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
    }

    /** Orders in one of the statuses, created at or after {@code since}, oldest first. */
    public List<CachedOrder> ordersInStatus(Collection<String> statuses, Instant since) throws SQLException {
        List<String> wanted = List.copyOf(statuses);
        if (wanted.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement(ORDER_COLUMNS + " WHERE status IN ("
                + String.join(", ", Collections.nCopies(wanted.size(), "?"))
                + ") AND created_at >= ? ORDER BY created_at, id")) {
            for (int i = 0; i < wanted.size(); i++) {
                select.setString(i + 1, wanted.get(i));
            }
            select.setObject(wanted.size() + 1, since.atOffset(ZoneOffset.UTC));
            return orders(select);
        }
    }

    private static List<CachedOrder> orders(PreparedStatement select) throws SQLException {
        List<CachedOrder> orders = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                orders.add(order(rows));
            }
        }
        return orders;
    }

    private static CachedOrder order(ResultSet row) throws SQLException {
        return EngineJson.order(CacheJson.cached(row.getString(3), "order " + row.getString(1)), row.getLong(2),
                row.getInt(4));
    }

    private Optional<JsonNode> json(String sql, String what) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(CacheJson.cached(rows.getString(1), what)) : Optional.empty();
        }
    }
}
