package io.omniroute.server.store;

import io.omniroute.engine.model.InventoryPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Stock positions and their reservations. Every change of reserved or on-hand stock is one guarded UPDATE: the
 * database checks the guard on the row's latest committed state under its row lock, so two transactions can never
 * both take the last units.
 */
public final class InventoryRepository {

    private static final String COLUMNS = "node_id, sku, on_hand, safety_stock, reserved, version, updated_at";
    /** The same columns, as an UPDATE asks both drivers to return them (PostgreSQL: RETURNING). */
    private static final String[] RETURNED_COLUMNS = COLUMNS.split(", ");
    /** Values per IN list: well under every driver's parameter limit. */
    private static final int IN_LIST = 500;

    private final Connection connection;
    private final boolean serial;
    private final GrowthEpoch growth;

    InventoryRepository(Connection connection, boolean serial, GrowthEpoch growth) {
        this.connection = connection;
        this.serial = serial;
        this.growth = growth;
    }

    /** Inserts positions with nothing reserved, at version 1, sending them in batches of 5,000. */
    public void insertAll(List<InventoryPosition> positions, Instant at) throws SQLException {
        growth.grew();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inventory (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, 0, 1, ?)")) {
            int pending = 0;
            for (InventoryPosition position : positions) {
                insert.setString(1, position.nodeId());
                insert.setString(2, position.sku());
                insert.setInt(3, position.onHand());
                insert.setInt(4, position.safetyStock());
                Sql.setInstant(insert, 5, at);
                insert.addBatch();
                if (++pending == Sql.BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /**
     * Every position of these SKUs at any node, ordered by SKU and node (the key's order). With {@code lockForUpdate}
     * the rows stay locked until the transaction ends; the fixed order keeps two such transactions from deadlocking.
     */
    public List<InventoryRow> forSkus(Collection<String> skus, boolean lockForUpdate) throws SQLException {
        List<String> sorted = new ArrayList<>(new TreeSet<>(skus));
        List<InventoryRow> result = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += IN_LIST) {
            List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + IN_LIST));
            String sql = "SELECT " + COLUMNS + " FROM inventory WHERE sku IN (" + Sql.placeholders(chunk.size())
                    + ") ORDER BY sku, node_id" + (lockForUpdate && !serial ? " FOR UPDATE" : "");
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(row(rows));
                    }
                }
            }
        }
        return result;
    }

    public Optional<InventoryRow> get(String nodeId, String sku) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM inventory WHERE node_id = ? AND sku = ?")) {
            select.setString(1, nodeId);
            select.setString(2, sku);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    /**
     * Reserves qty units if the position's ATP covers them. Like every move below it returns the position as the
     * move left it, read back by the same statement (a command's feed row needs it), or empty (and no change) when
     * the guard failed.
     */
    public Optional<InventoryRow> reserve(String nodeId, String sku, int qty, Instant at) throws SQLException {
        return RoundTrip.alone(connection, trip -> reserve(trip, nodeId, sku, qty, at));
    }

    /** {@link #reserve(String, String, int, Instant)}, sent with the trip's other statements. */
    public Reply<Optional<InventoryRow>> reserve(RoundTrip trip, String nodeId, String sku, int qty, Instant at) {
        return guardedUpdate(trip, "UPDATE inventory SET reserved = reserved + ?, version = version + 1,"
                + " updated_at = ? WHERE node_id = ? AND sku = ? AND on_hand - safety_stock - reserved >= ?", nodeId,
                sku, qty, at, false);
    }

    /** Gives back qty reserved units; empty (and no change) when fewer are reserved. */
    public Optional<InventoryRow> release(String nodeId, String sku, int qty, Instant at) throws SQLException {
        return RoundTrip.alone(connection, trip -> release(trip, nodeId, sku, qty, at));
    }

    /** {@link #release(String, String, int, Instant)}, sent with the trip's other statements. */
    public Reply<Optional<InventoryRow>> release(RoundTrip trip, String nodeId, String sku, int qty, Instant at) {
        growth.grew();
        return guardedUpdate(trip, "UPDATE inventory SET reserved = reserved - ?, version = version + 1,"
                + " updated_at = ? WHERE node_id = ? AND sku = ? AND reserved >= ?", nodeId, sku, qty, at, false);
    }

    /**
     * Turns qty reserved units into units that left the building: reserved and on hand both drop by qty. Empty
     * (and no change) when fewer are reserved or on hand.
     */
    public Optional<InventoryRow> commit(String nodeId, String sku, int qty, Instant at) throws SQLException {
        return RoundTrip.alone(connection, trip -> commit(trip, nodeId, sku, qty, at));
    }

    /** {@link #commit(String, String, int, Instant)}, sent with the trip's other statements. */
    public Reply<Optional<InventoryRow>> commit(RoundTrip trip, String nodeId, String sku, int qty, Instant at) {
        return guardedUpdate(trip, "UPDATE inventory SET reserved = reserved - ?, on_hand = on_hand - ?,"
                + " version = version + 1, updated_at = ? WHERE node_id = ? AND sku = ? AND reserved >= ?"
                + " AND on_hand >= ?", nodeId, sku, qty, at, true);
    }

    /**
     * Writes off qty reserved units the node found it cannot give (damaged, missing, mis-stocked): reserved and on
     * hand both drop by qty, so the units are neither promised nor sellable any more. Empty (and no change) when
     * fewer are reserved or on hand. On the shelf it is the same move as a {@link #commit}; only the reason differs.
     */
    public Optional<InventoryRow> writeOff(String nodeId, String sku, int qty, Instant at) throws SQLException {
        return commit(nodeId, sku, qty, at);
    }

    /** {@link #writeOff(String, String, int, Instant)}, sent with the trip's other statements. */
    public Reply<Optional<InventoryRow>> writeOff(RoundTrip trip, String nodeId, String sku, int qty, Instant at) {
        return commit(trip, nodeId, sku, qty, at);
    }

    /**
     * {@code sql} takes qty, the instant, node, SKU and qty again as its guard; {@code onHandToo} when it also takes
     * qty off on hand (a second qty after the first and a third guard after the second).
     */
    private Reply<Optional<InventoryRow>> guardedUpdate(RoundTrip trip, String sql, String nodeId, String sku,
            int qty, Instant at, boolean onHandToo) {
        requirePositive(qty);
        return trip.returning(sql, RETURNED_COLUMNS, params -> {
            params.integer(qty);
            if (onHandToo) {
                params.integer(qty);
            }
            params.instant(at).string(nodeId).string(sku).integer(qty);
            if (onHandToo) {
                params.integer(qty);
            }
        }, rows -> rows.next() ? Optional.of(row(rows)) : Optional.empty());
    }

    private static void requirePositive(int qty) {
        if (qty < 1) {
            throw new IllegalArgumentException("qty is " + qty + ": must be at least 1");
        }
    }

    private static InventoryRow row(ResultSet rows) throws SQLException {
        return new InventoryRow(rows.getString("node_id"), rows.getString("sku"), rows.getInt("on_hand"),
                rows.getInt("safety_stock"), rows.getInt("reserved"), rows.getLong("version"),
                Sql.instant(rows, "updated_at"));
    }
}
