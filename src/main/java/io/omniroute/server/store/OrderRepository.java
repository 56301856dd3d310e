package io.omniroute.server.store;

import io.omniroute.engine.model.Fulfillment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Allocations per multi-row insert: eleven parameters each, well under both drivers' limits. */
    private static final int ROWS_PER_INSERT = 1_000;

    private final Connection connection;
    private final boolean serial;
    /** Whether a {@link RoundTrip} sends its statements together (PostgreSQL). */
    private final boolean together;
    private final PendingWrites pending;

    OrderRepository(Connection connection, boolean serial, boolean together, PendingWrites pending) {
        this.connection = connection;
        this.serial = serial;
        this.together = together;
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
        return RoundTrip.alone(connection, trip -> find(trip, orderId));
    }

    /**
     * The order with its header row locked until the transaction ends, or empty for an unknown order. A change
     * that locks its order first runs after any other such change of that order has committed, and sees its effects.
     */
    public Optional<OrderRecord> findLocked(String orderId) throws SQLException {
        return RoundTrip.alone(connection, together, trip -> findLocked(trip, orderId));
    }

    /** {@link #findLocked(String)}, sent with the trip's other statements; those after it run under the lock. */
    public Reply<Optional<OrderRecord>> findLocked(RoundTrip trip, String orderId) {
        if (!serial) {
            // Locked by a statement of its own: a statement that waits for the lock sees the header as the other
            // transaction left it, but its lines and allocations as they were when it began. The read after it
            // starts once the lock is held, so it sees them all as committed.
            trip.query("SELECT version FROM orders WHERE order_id = ? FOR UPDATE", params -> params.string(orderId),
                    rows -> null);
        } // else nothing else writes meanwhile
        return find(trip, orderId);
    }

    /** The header, its lines and their allocations in one query: one row per allocation, or per line without any. */
    private static Reply<Optional<OrderRecord>> find(RoundTrip trip, String orderId) {
        return trip.query(FIND_WHOLE, params -> params.string(orderId), rows -> {
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
        });
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
        return RoundTrip.alone(connection, trip -> updateStatus(trip, orderId, status, expectedVersion));
    }

    /** {@link #updateStatus(String, String, long)}, sent with the trip's other statements. */
    public Reply<Boolean> updateStatus(RoundTrip trip, String orderId, String status, long expectedVersion) {
        return trip.update("UPDATE orders SET status = ?, version = version + 1 WHERE order_id = ? AND version = ?",
                params -> params.string(status).string(orderId).bigint(expectedVersion))
                .map(updated -> updated == 1);
    }

    /** Removes the allocations of one line; returns how many shipments' rows went. */
    public int deleteAllocations(String orderId, int lineNo) throws SQLException {
        return RoundTrip.alone(connection, trip -> deleteAllocations(trip, orderId, lineNo));
    }

    /** {@link #deleteAllocations(String, int)}, sent with the trip's other statements. */
    public Reply<Integer> deleteAllocations(RoundTrip trip, String orderId, int lineNo) {
        return trip.update("DELETE FROM allocations WHERE order_id = ? AND line_no = ?",
                params -> params.string(orderId).integer(lineNo));
    }

    public void insertAllocations(List<AllocationRow> allocations) throws SQLException {
        RoundTrip.alone(connection, trip -> insertAllocations(trip, allocations));
    }

    /**
     * {@link #insertAllocations(List)}, a thousand rows per statement, sent with the trip's other statements;
     * returns the rows inserted.
     */
    public Reply<Integer> insertAllocations(RoundTrip trip, List<AllocationRow> allocations) {
        List<Reply<Integer>> inserted = new ArrayList<>();
        for (int from = 0; from < allocations.size(); from += ROWS_PER_INSERT) {
            inserted.add(insertChunk(trip, List.copyOf(allocations.subList(from,
                    Math.min(allocations.size(), from + ROWS_PER_INSERT)))));
        }
        return Reply.all(inserted).map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    private static Reply<Integer> insertChunk(RoundTrip trip, List<AllocationRow> rows) {
        String sql = "INSERT INTO allocations (" + ALLOCATION_COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        return trip.update(sql, params -> {
            for (AllocationRow allocation : rows) {
                params.string(allocation.orderId()).integer(allocation.lineNo()).string(allocation.shipmentId())
                        .string(allocation.nodeId()).string(allocation.sku()).integer(allocation.qty())
                        .string(allocation.carrier()).string(allocation.service()).string(allocation.zone())
                        .decimal(allocation.distanceKm()).integer(allocation.promisedDays());
            }
        });
    }

    /**
     * Stores how many units of a line are cancelled and backordered. Callers hold the order's version guard
     * ({@link #updateStatus}) in the same transaction, so the counts cannot race.
     */
    public void updateLineOutcome(String orderId, OrderLineRow line) throws SQLException {
        if (RoundTrip.alone(connection, trip -> updateLineOutcome(trip, orderId, line)) != 1) {
            throw new IllegalArgumentException("order " + orderId + " has no line " + line.lineNo());
        }
    }

    /** {@link #updateLineOutcome(String, OrderLineRow)}, sent with the trip's other statements: 1 if it has it. */
    public Reply<Integer> updateLineOutcome(RoundTrip trip, String orderId, OrderLineRow line) {
        return trip.update("UPDATE order_lines SET cancelled_qty = ?, backordered_qty = ? WHERE order_id = ?"
                + " AND line_no = ?", params -> params.integer(line.cancelledQty()).integer(line.backorderedQty())
                        .string(orderId).integer(line.lineNo()));
    }

    /** Appends the event; it is written just before the transaction commits ({@link PendingWrites}). */
    public void appendEvent(String orderId, OrderEvent event) {
        // kept as it will read back: both databases keep microseconds
        pending.event(orderId, new OrderEvent(event.at().truncatedTo(ChronoUnit.MICROS), event.type(),
                event.actor(), event.reason(), event.details()));
    }

    /** Inserts the events with one statement per thousand, sent with the trip's other statements. */
    void insertEvents(RoundTrip trip, List<PendingWrites.Event> events) {
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            List<PendingWrites.Event> chunk = List.copyOf(events.subList(from,
                    Math.min(events.size(), from + ROWS_PER_INSERT)));
            trip.update("INSERT INTO order_events (order_id, at, type, actor, reason, details) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")), params -> {
                        for (PendingWrites.Event pendingEvent : chunk) {
                            OrderEvent event = pendingEvent.event();
                            params.string(pendingEvent.orderId()).instant(event.at()).string(event.type())
                                    .string(event.actor()).string(event.reason()).string(event.details());
                        }
                    });
        }
    }

    /** The order's events in the order they were appended, with those this transaction has yet to write. */
    public List<OrderEvent> events(String orderId) throws SQLException {
        return RoundTrip.alone(connection, trip -> events(trip, orderId));
    }

    /**
     * {@link #events(String)}, read with the trip's other statements; the pending ones are added when the reply is
     * read, so it has those appended after the trip, too.
     */
    public Reply<List<OrderEvent>> events(RoundTrip trip, String orderId) {
        return trip.query("SELECT at, type, actor, reason, details FROM order_events WHERE order_id = ? ORDER BY id",
                params -> params.string(orderId), rows -> {
                    List<OrderEvent> stored = new ArrayList<>();
                    while (rows.next()) {
                        stored.add(new OrderEvent(Sql.instant(rows, "at"), rows.getString("type"),
                                rows.getString("actor"), rows.getString("reason"), rows.getString("details")));
                    }
                    return stored;
                }).map(stored -> {
                    List<OrderEvent> events = new ArrayList<>(stored);
                    events.addAll(pending.eventsOf(orderId));
                    return events;
                });
    }
}
