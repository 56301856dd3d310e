package io.omniroute.server.store;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Nodes, SKUs, zones, carrier rates and service levels: the network the engine sources over. */
public final class NetworkRepository {

    private static final String NODE_COLUMNS = "node_id, name, type, lat, lon, zip, ship, pickup, same_day, returns,"
            + " daily_capacity, handling_cost, pick_cost, processing_days, tags";

    private final Connection connection;

    NetworkRepository(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the scenario's nodes, SKUs, zones, carriers and service levels, each at version 1. */
    public void insertScenarioNetwork(Scenario scenario) throws SQLException {
        insertNodes(scenario.nodes());
        insertSkus(scenario.skus());
        insertZones(scenario.zones());
        insertCarriers(scenario.carriers());
        insertServiceLevels(scenario.serviceLevels());
    }

    public boolean isEmpty() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT node_id FROM nodes LIMIT 1");
             ResultSet rows = select.executeQuery()) {
            return !rows.next();
        }
    }

    /**
     * The network in the scenario's original row order, as a scenario with no inventory, no orders and no rules
     * (stock lives in {@link InventoryRepository}, the rules in {@link RulesRepository}).
     */
    public Scenario loadNetwork() throws SQLException {
        List<Node> nodes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + NODE_COLUMNS + " FROM nodes ORDER BY list_order, node_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                nodes.add(node(rows));
            }
        }
        return new Scenario(nodes, skus(), List.of(), zones(), carriers(), serviceLevels(), List.of(),
                Optional.empty());
    }

    public Optional<Node> node(String nodeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + NODE_COLUMNS + " FROM nodes WHERE node_id = ?")) {
            select.setString(1, nodeId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(node(rows)) : Optional.empty();
            }
        }
    }

    private void insertNodes(List<Node> nodes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO nodes (" + NODE_COLUMNS
                + ", list_order, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            int order = 0;
            for (Node node : nodes) {
                insert.setString(1, node.id());
                insert.setString(2, node.name());
                insert.setString(3, node.type().name());
                insert.setDouble(4, node.lat());
                insert.setDouble(5, node.lon());
                insert.setString(6, node.zip());
                insert.setBoolean(7, node.ship());
                insert.setBoolean(8, node.pickup());
                insert.setBoolean(9, node.sameDay());
                insert.setBoolean(10, node.returns());
                Sql.setOptionalInt(insert, 11, node.dailyCapacity());
                insert.setDouble(12, node.handlingCost());
                insert.setDouble(13, node.pickCost());
                insert.setInt(14, node.processingDays());
                insert.setString(15, String.join(";", node.tags()));
                insert.setInt(16, order++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertSkus(List<Sku> skus) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO skus"
                + " (sku, name, category, weight_kg, unit_price, list_order, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            int order = 0;
            for (Sku sku : skus) {
                insert.setString(1, sku.sku());
                insert.setString(2, sku.name());
                insert.setString(3, sku.category());
                insert.setDouble(4, sku.weightKg());
                insert.setDouble(5, sku.unitPrice());
                insert.setInt(6, order++);
                insert.addBatch();
                if (order % Sql.BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void insertZones(List<Zone> zones) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO zones (zone, max_km, list_order, version) VALUES (?, ?, ?, 1)")) {
            int order = 0;
            for (Zone zone : zones) {
                insert.setString(1, zone.zone());
                Sql.setOptionalDouble(insert, 2, zone.maxKm());
                insert.setInt(3, order++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertCarriers(List<CarrierService> carriers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO carriers (carrier, service, zone,"
                + " base_rate, per_kg, transit_days, max_km, list_order, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            int order = 0;
            for (CarrierService carrier : carriers) {
                insert.setString(1, carrier.carrier());
                insert.setString(2, carrier.service());
                insert.setString(3, carrier.zone());
                insert.setDouble(4, carrier.baseRate());
                insert.setDouble(5, carrier.perKg());
                insert.setInt(6, carrier.transitDays());
                Sql.setOptionalDouble(insert, 7, carrier.maxKm());
                insert.setInt(8, order++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertServiceLevels(List<ServiceLevel> levels) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO service_levels (service_level, max_days, list_order, version) VALUES (?, ?, ?, 1)")) {
            int order = 0;
            for (ServiceLevel level : levels) {
                insert.setString(1, level.name());
                insert.setInt(2, level.maxDays());
                insert.setInt(3, order++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<Sku> skus() throws SQLException {
        List<Sku> skus = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT sku, name, category, weight_kg,"
                + " unit_price FROM skus ORDER BY list_order, sku");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                skus.add(new Sku(rows.getString("sku"), rows.getString("name"), rows.getString("category"),
                        rows.getDouble("weight_kg"), rows.getDouble("unit_price")));
            }
        }
        return skus;
    }

    private List<Zone> zones() throws SQLException {
        List<Zone> zones = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT zone, max_km FROM zones ORDER BY list_order, zone");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                zones.add(new Zone(rows.getString("zone"), Sql.optionalDouble(rows, "max_km")));
            }
        }
        return zones;
    }

    private List<CarrierService> carriers() throws SQLException {
        List<CarrierService> carriers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT carrier, service, zone, base_rate,"
                + " per_kg, transit_days, max_km FROM carriers ORDER BY list_order, carrier, service, zone");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                carriers.add(new CarrierService(rows.getString("carrier"), rows.getString("service"),
                        rows.getString("zone"), rows.getDouble("base_rate"), rows.getDouble("per_kg"),
                        rows.getInt("transit_days"), Sql.optionalDouble(rows, "max_km")));
            }
        }
        return carriers;
    }

    private List<ServiceLevel> serviceLevels() throws SQLException {
        List<ServiceLevel> levels = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT service_level, max_days FROM service_levels ORDER BY list_order, service_level");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                levels.add(new ServiceLevel(rows.getString("service_level"), rows.getInt("max_days")));
            }
        }
        return levels;
    }

    private static Node node(ResultSet rows) throws SQLException {
        String tags = rows.getString("tags");
        return new Node(rows.getString("node_id"), rows.getString("name"), NodeType.valueOf(rows.getString("type")),
                rows.getDouble("lat"), rows.getDouble("lon"), rows.getString("zip"), rows.getBoolean("ship"),
                rows.getBoolean("pickup"), rows.getBoolean("same_day"), rows.getBoolean("returns"),
                Sql.optionalInt(rows, "daily_capacity"), rows.getDouble("handling_cost"), rows.getDouble("pick_cost"),
                rows.getInt("processing_days"), tags.isEmpty() ? List.of() : Arrays.asList(tags.split(";")));
    }
}
