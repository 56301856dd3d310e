package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pickups and their lines, versioned as one entity. */
public final class PickupRepository {

    private final Connection connection;

    PickupRepository(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the pickup at the row's version, with its lines. */
    public void insert(PickupRow pickup) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pickups (order_id, node_id, status,"
                + " customer_name, ready_by, order_value, version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, pickup.orderId());
            insert.setString(2, pickup.nodeId());
            insert.setString(3, pickup.status());
            insert.setString(4, pickup.customerName());
            Sql.setInstant(insert, 5, pickup.readyBy());
            insert.setDouble(6, pickup.value());
            insert.setLong(7, pickup.version());
            insert.executeUpdate();
        }
        insertLines(pickup);
    }

    public Optional<PickupRow> find(String orderId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT node_id, status, customer_name,"
                + " ready_by, order_value, version, ready_at FROM pickups WHERE order_id = ?")) {
            select.setString(1, orderId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PickupRow(orderId, rows.getString("node_id"), rows.getString("status"),
                        rows.getString("customer_name"), Sql.instant(rows, "ready_by"),
                        rows.getDouble("order_value"), rows.getLong("version"), lines(orderId),
                        Sql.optionalInstant(rows, "ready_at")));
            }
        }
    }

    /**
     * Replaces the pickup's node, status, customer, ready-by, value and lines with the row's, and sets its version to
     * expectedVersion + 1 (the row's own version is ignored), only if it is still at expectedVersion; false (and no
     * change) when another transaction changed it first or it is unknown. Its ready_at stays: only markReady sets it.
     */
    public boolean update(PickupRow pickup, long expectedVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE pickups SET node_id = ?, status = ?,"
                + " customer_name = ?, ready_by = ?, order_value = ?, version = version + 1"
                + " WHERE order_id = ? AND version = ?")) {
            update.setString(1, pickup.nodeId());
            update.setString(2, pickup.status());
            update.setString(3, pickup.customerName());
            Sql.setInstant(update, 4, pickup.readyBy());
            update.setDouble(5, pickup.value());
            update.setString(6, pickup.orderId());
            update.setLong(7, expectedVersion);
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pickup_lines WHERE order_id = ?")) {
            delete.setString(1, pickup.orderId());
            delete.executeUpdate();
        }
        insertLines(pickup);
        return true;
    }

    /** Records when the pickup became READY: the no-show hold counts from here. */
    public void markReady(String orderId, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE pickups SET ready_at = ? WHERE order_id = ?")) {
            Sql.setInstant(update, 1, at);
            update.setString(2, orderId);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("there is no pickup of order " + orderId);
            }
        }
    }

    /** When the pickup last became READY; empty if it never did (or did before ready_at was recorded). */
    public Optional<Instant> readyAt(String orderId) throws SQLException {
        return find(orderId).flatMap(PickupRow::readyAt);
    }

    private void insertLines(PickupRow pickup) throws SQLException {
        if (pickup.lines().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pickup_lines (order_id, line_no,"
                + " sku, qty, ready_qty, rejected_qty) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PickupLineRow line : pickup.lines()) {
                insert.setString(1, pickup.orderId());
                insert.setInt(2, line.lineNo());
                insert.setString(3, line.sku());
                insert.setInt(4, line.qty());
                insert.setInt(5, line.readyQty());
                insert.setInt(6, line.rejectedQty());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<PickupLineRow> lines(String orderId) throws SQLException {
        List<PickupLineRow> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT line_no, sku, qty, ready_qty,"
                + " rejected_qty FROM pickup_lines WHERE order_id = ? ORDER BY line_no")) {
            select.setString(1, orderId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new PickupLineRow(rows.getInt(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                            rows.getInt(5)));
                }
            }
        }
        return lines;
    }
}
