package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shipments each node has taken on each UTC day, counted against its daily capacity. */
public final class CapacityRepository {

    /** A take races at most this often with a concurrent first take of the same day before giving up. */
    private static final int ATTEMPTS = 5;

    private final Connection connection;
    private final GrowthEpoch growth;

    CapacityRepository(Connection connection, GrowthEpoch growth) {
        this.connection = connection;
        this.growth = growth;
    }

    public int used(String nodeId, LocalDate day) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT shipments FROM node_capacity WHERE node_id = ? AND ship_day = ?")) {
            select.setString(1, nodeId);
            select.setObject(2, day);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /**
     * Takes one shipment of the node's day if fewer than dailyCapacity are taken; false (and no change) when the day
     * is full. For a node without a limit pass {@link Integer#MAX_VALUE}.
     *
     * <p>Portable insert-or-update: a guarded UPDATE handles an existing day; the first take of a day INSERTs, and
     * when a concurrent transaction inserted the same day first the key conflict is rolled back to a savepoint and
     * the guarded UPDATE tried again against the now committed row.
     */
    public boolean take(String nodeId, LocalDate day, int dailyCapacity) throws SQLException {
        if (dailyCapacity < 1) {
            return false;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (incrementBelow(nodeId, day, dailyCapacity)) {
                return true;
            }
            if (exists(nodeId, day)) {
                return false;
            }
            if (insertFirst(nodeId, day)) {
                return true;
            }
        }
        throw new StoreException("could not take capacity of node " + nodeId + " on " + day + " after " + ATTEMPTS
                + " attempts: concurrent transactions kept creating and removing the day's row");
    }

    /**
     * {@link #take(String, LocalDate, int)} for a day whose row exists, sent with the trip's other statements: false
     * when the day is full or has no row yet. Then take it with {@link #take(String, LocalDate, int)}, which tells
     * the two apart.
     */
    public Reply<Boolean> takeFromExistingDay(RoundTrip trip, String nodeId, LocalDate day, int dailyCapacity) {
        return incrementBelow(trip, nodeId, day, dailyCapacity);
    }

    /** Gives back one shipment of the node's day; false when none was taken. */
    public boolean release(String nodeId, LocalDate day) throws SQLException {
        return RoundTrip.alone(connection, trip -> release(trip, nodeId, day));
    }

    /** {@link #release(String, LocalDate)}, sent with the trip's other statements. */
    public Reply<Boolean> release(RoundTrip trip, String nodeId, LocalDate day) {
        growth.grew();
        return trip.update("UPDATE node_capacity SET shipments = shipments - 1 WHERE node_id = ? AND ship_day = ?"
                + " AND shipments > 0", params -> params.string(nodeId).date(day)).map(updated -> updated == 1);
    }

    /** Shipments taken on the day, by node id, for nodes that took any. */
    public Map<String, Integer> usedOn(LocalDate day) throws SQLException {
        Map<String, Integer> used = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT node_id, shipments FROM node_capacity"
                + " WHERE ship_day = ? AND shipments > 0 ORDER BY node_id")) {
            select.setObject(1, day);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    used.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return used;
    }

    private boolean incrementBelow(String nodeId, LocalDate day, int dailyCapacity) throws SQLException {
        return RoundTrip.alone(connection, trip -> incrementBelow(trip, nodeId, day, dailyCapacity));
    }

    private static Reply<Boolean> incrementBelow(RoundTrip trip, String nodeId, LocalDate day, int dailyCapacity) {
        return trip.update("UPDATE node_capacity SET shipments = shipments + 1 WHERE node_id = ? AND ship_day = ?"
                + " AND shipments < ?", params -> params.string(nodeId).date(day).integer(dailyCapacity))
                .map(updated -> updated == 1);
    }

    private boolean exists(String nodeId, LocalDate day) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM node_capacity WHERE node_id = ? AND ship_day = ?")) {
            select.setString(1, nodeId);
            select.setObject(2, day);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private boolean insertFirst(String nodeId, LocalDate day) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO node_capacity (node_id, ship_day, shipments) VALUES (?, ?, 1)")) {
            insert.setString(1, nodeId);
            insert.setObject(2, day);
            return Sql.insertUnlessKeyTaken(connection, insert);
        }
    }
}
