package io.omniroute.server.store;

import io.omniroute.engine.model.Fulfillment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Orders with their lines, allocations and event history; the header carries the optimistic-lock version. */
public final class OrderRepository {

    private static final String HEADER_COLUMNS = "order_id, created_at, channel, fulfillment, service_level, lat,"
            + " lon, zip, pickup_node_id, customer_name, status, profile, order_value, version";
    private static final String ALLOCATION_COLUMNS = "order_id, line_no, shipment_id, node_id, sku, qty, carrier,"
            + " service, zone, distance_km, promised_days";
    /** A whole order in one round trip: its header on every row, with each line and each of its allocations. */
    private static final String FIND_WHOLE = "SELECT o." + HEADER_COLUMNS.replace(", ", ", o.")
            + ", l.line_no AS l_line_no, l.sku AS l_sku, l.qty AS l_qty, l.cancelled_qty, l.backordered_qty,"
            + " a.shipment_id, a.node_id, a.sku AS a_sku, a.qty AS a_qty, a.carrier, a.service, a.zone,"
            + " a.distance_km, a.promised_days"
            + " FROM orders o LEFT JOIN order_lines l ON l.order_id = o.order_id"
            + " LEFT JOIN allocations a ON a.order_id = l.order_id AND a.line_no = l.line_no"
            + " WHERE o.order_id = ? ORDER BY l.line_no, a.shipment_id";

    private final Connection connection;
    private final boolean serial;
    private final PendingWrites pending;

    OrderRepository(Connection connection, boolean serial, PendingWrites pending) {
        this.connection = connection;
        this.serial = serial;
        this.pending = pending;
    }

    /**
     * Inserts the header at the record's version, its lines and its allocations; {@link OrderExistsException} when
     * an order with its id is stored.
     */
    public void insert(OrderRecord order) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO orders (" + HEADER_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, order.orderId());
            Sql.setInstant(insert, 2, order.createdAt());
            insert.setString(3, order.channel());
            insert.setString(4, order.fulfillment().name());
            insert.setString(5, order.serviceLevel());
            insert.setDouble(6, order.lat());
            insert.setDouble(7, order.lon());
            insert.setString(8, order.zip());
            Sql.setOptionalString(insert, 9, order.pickupNodeId());
            insert.setString(10, order.customerName());
            insert.setString(11, order.status());
            insert.setString(12, order.profile());
            insert.setDouble(13, order.value());
            insert.setLong(14, order.version());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isKeyConflict(e)) {
                throw new OrderExistsException(order.orderId(), e);
            }
            throw e;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO order_lines (order_id, line_no, sku, qty) VALUES (?, ?, ?, ?)")) {
            for (OrderLineRow line : order.lines()) {
                insert.setString(1, order.orderId());
                insert.setInt(2, line.lineNo());
                insert.setString(3, line.sku());
                insert.setInt(4, line.qty());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        insertAllocations(order.allocations());
    }

    public Optional<OrderRecord> find(String orderId) throws SQLException {
        return find(orderId, "");
    }

    /**
     * The order with its header row locked until the transaction ends, or empty for an unknown order. A change
     * that locks its order first runs after any other such change of that order has committed, and sees its effects.
     */
    public Optional<OrderRecord> findLocked(String orderId) throws SQLException {
        if (serial) {
            return find(orderId, ""); // nothing else writes meanwhile
        }
        // Locked by a statement of its own: a statement that waits for the lock sees the header as the other
        // transaction left it, but its lines and allocations as they were when it began.
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT version FROM orders WHERE order_id = ? FOR UPDATE")) {
            lock.setString(1, orderId);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
            }
        }
        return find(orderId, "");
    }

    /** The header, its lines and their allocations in one query: one row per allocation, or per line without any. */
    private Optional<OrderRecord> find(String orderId, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND_WHOLE + lock)) {
            select.setString(1, orderId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                OrderRecord header = header(orderId, rows);
                List<OrderLineRow> lines = new ArrayList<>();
                List<AllocationRow> allocations = new ArrayList<>();
                do {
                    int lineNo = rows.getInt("l_line_no");
                    if (rows.wasNull()) {
                        continue;
                    }
                    if (lines.isEmpty() || lines.get(lines.size() - 1).lineNo() != lineNo) {
                        lines.add(new OrderLineRow(lineNo, rows.getString("l_sku"), rows.getInt("l_qty"),
                                rows.getInt("cancelled_qty"), rows.getInt("backordered_qty")));
                    }
                    String shipmentId = rows.getString("shipment_id");
                    if (shipmentId != null) {
                        allocations.add(new AllocationRow(orderId, lineNo, shipmentId, rows.getString("node_id"),
                                rows.getString("a_sku"), rows.getInt("a_qty"), rows.getString("carrier"),
                                rows.getString("service"), rows.getString("zone"), rows.getDouble("distance_km"),
                                rows.getInt("promised_days")));
                    }
                } while (rows.next());
                return Optional.of(new OrderRecord(orderId, header.createdAt(), header.channel(),
                        header.fulfillment(), header.serviceLevel(), header.lat(), header.lon(), header.zip(),
                        header.pickupNodeId(), header.customerName(), header.status(), header.profile(),
                        header.value(), header.version(), lines, allocations));
            }
        }
    }

    private static OrderRecord header(String orderId, ResultSet rows) throws SQLException {
        return new OrderRecord(orderId, Sql.instant(rows, "created_at"), rows.getString("channel"),
                Fulfillment.valueOf(rows.getString("fulfillment")), rows.getString("service_level"),
                rows.getDouble("lat"), rows.getDouble("lon"), rows.getString("zip"),
                Sql.optionalString(rows, "pickup_node_id"), rows.getString("customer_name"), rows.getString("status"),
                rows.getString("profile"), rows.getDouble("order_value"), rows.getLong("version"), List.of(),
                List.of());
    }

    /** The order's version, or empty for an unknown order. */
    public OptionalLong version(String orderId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM orders WHERE order_id = ?")) {
            select.setString(1, orderId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Sets the status and bumps the version to expectedVersion + 1, only if the order is still at expectedVersion;
     * false (and no change) when another transaction changed it first or the order is unknown.
     */
    public boolean updateStatus(String orderId, String status, long expectedVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE orders SET status = ?,"
                + " version = version + 1 WHERE order_id = ? AND version = ?")) {
            update.setString(1, status);
            update.setString(2, orderId);
            update.setLong(3, expectedVersion);
            return update.executeUpdate() == 1;
        }
    }

    /** Removes the allocations of one line; returns how many shipments' rows went. */
    public int deleteAllocations(String orderId, int lineNo) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM allocations WHERE order_id = ? AND line_no = ?")) {
            delete.setString(1, orderId);
            delete.setInt(2, lineNo);
            return delete.executeUpdate();
        }
    }

    public void insertAllocations(List<AllocationRow> allocations) throws SQLException {
        if (allocations.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO allocations ("
                + ALLOCATION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AllocationRow allocation : allocations) {
                insert.setString(1, allocation.orderId());
                insert.setInt(2, allocation.lineNo());
                insert.setString(3, allocation.shipmentId());
                insert.setString(4, allocation.nodeId());
                insert.setString(5, allocation.sku());
                insert.setInt(6, allocation.qty());
                insert.setString(7, allocation.carrier());
                insert.setString(8, allocation.service());
                insert.setString(9, allocation.zone());
                insert.setDouble(10, allocation.distanceKm());
                insert.setInt(11, allocation.promisedDays());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Stores how many units of a line are cancelled and backordered. Callers hold the order's version guard
     * ({@link #updateStatus}) in the same transaction, so the counts cannot race.
     */
    public void updateLineOutcome(String orderId, OrderLineRow line) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE order_lines SET cancelled_qty = ?,"
                + " backordered_qty = ? WHERE order_id = ? AND line_no = ?")) {
            update.setInt(1, line.cancelledQty());
            update.setInt(2, line.backorderedQty());
            update.setString(3, orderId);
            update.setInt(4, line.lineNo());
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("order " + orderId + " has no line " + line.lineNo());
            }
        }
    }

    /** Appends the event; it is written just before the transaction commits ({@link PendingWrites}). */
    public void appendEvent(String orderId, OrderEvent event) {
        // kept as it will read back: both databases keep microseconds
        pending.event(orderId, new OrderEvent(event.at().truncatedTo(ChronoUnit.MICROS), event.type(),
                event.actor(), event.reason(), event.details()));
    }

    void insertEvents(List<PendingWrites.Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_events"
                + " (order_id, at, type, actor, reason, details) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PendingWrites.Event pendingEvent : events) {
                OrderEvent event = pendingEvent.event();
                insert.setString(1, pendingEvent.orderId());
                Sql.setInstant(insert, 2, event.at());
                insert.setString(3, event.type());
                insert.setString(4, event.actor());
                insert.setString(5, event.reason());
                insert.setString(6, event.details());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The order's events in the order they were appended, with those this transaction has yet to write. */
    public List<OrderEvent> events(String orderId) throws SQLException {
        List<OrderEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT at, type, actor, reason, details"
                + " FROM order_events WHERE order_id = ? ORDER BY id")) {
            select.setString(1, orderId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new OrderEvent(Sql.instant(rows, "at"), rows.getString("type"),
                            rows.getString("actor"), rows.getString("reason"), rows.getString("details")));
                }
            }
        }
        events.addAll(pending.eventsOf(orderId));
        return events;
    }
}
