package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sourcing exceptions: units a planner has to decide about. */
public final class ExceptionRepository {

    private static final String COLUMNS = "exception_id, order_id, line_no, sku, qty, type, reason, status, node_id,"
            + " created_at, resolved_at, resolved_by, version, assignee, taken_at";

    /** The same columns, as an UPDATE asks both drivers to return them. */
    private static final String[] RETURNED_COLUMNS = COLUMNS.split(", ");

    private final Connection connection;

    ExceptionRepository(Connection connection) {
        this.connection = connection;
    }

    public void insert(ExceptionRow exception) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO exceptions (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, exception.exceptionId());
            insert.setString(2, exception.orderId());
            insert.setInt(3, exception.lineNo());
            insert.setString(4, exception.sku());
            insert.setInt(5, exception.qty());
            insert.setString(6, exception.type());
            insert.setString(7, exception.reason());
            insert.setString(8, exception.status());
            Sql.setOptionalString(insert, 9, exception.nodeId());
            Sql.setInstant(insert, 10, exception.createdAt());
            Sql.setOptionalInstant(insert, 11, exception.resolvedAt());
            Sql.setOptionalString(insert, 12, exception.resolvedBy());
            insert.setLong(13, exception.version());
            Sql.setOptionalString(insert, 14, exception.assignee());
            Sql.setOptionalInstant(insert, 15, exception.takenAt());
            insert.executeUpdate();
        }
    }

    public Optional<ExceptionRow> find(String exceptionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM exceptions WHERE exception_id = ?")) {
            select.setString(1, exceptionId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    /** The order's OPEN exceptions, oldest first. */
    public List<ExceptionRow> openForOrder(String orderId) throws SQLException {
        return RoundTrip.alone(connection, trip -> openForOrder(trip, orderId));
    }

    /** {@link #openForOrder(String)}, sent with the trip's other statements. */
    public Reply<List<ExceptionRow>> openForOrder(RoundTrip trip, String orderId) {
        return trip.query("SELECT " + COLUMNS + " FROM exceptions WHERE order_id = ? AND status = ?"
                + " ORDER BY created_at, exception_id", params -> params.string(orderId).string(ExceptionRow.OPEN),
                rows -> {
                    List<ExceptionRow> open = new ArrayList<>();
                    while (rows.next()) {
                        open.add(row(rows));
                    }
                    return open;
                });
    }

    /**
     * Marks an OPEN exception RESOLVED and bumps its version, only if it is still at expectedVersion; false (and no
     * change) when it is unknown, already resolved or changed by another transaction.
     */
    public boolean resolve(String exceptionId, String by, Instant at, long expectedVersion) throws SQLException {
        return RoundTrip.alone(connection, trip -> resolve(trip, exceptionId, by, at, expectedVersion)).isPresent();
    }

    /**
     * {@link #resolve(String, String, Instant, long)}, sent with the trip's other statements: the exception as
     * resolved, or empty when it was not.
     */
    public Reply<Optional<ExceptionRow>> resolve(RoundTrip trip, String exceptionId, String by, Instant at,
            long expectedVersion) {
        return trip.returning("UPDATE exceptions SET status = ?, resolved_by = ?, resolved_at = ?,"
                + " version = version + 1 WHERE exception_id = ? AND version = ? AND status = ?", RETURNED_COLUMNS,
                params -> params.string(ExceptionRow.RESOLVED).string(by).instant(at).string(exceptionId)
                        .bigint(expectedVersion).string(ExceptionRow.OPEN),
                rows -> rows.next() ? Optional.of(row(rows)) : Optional.empty());
    }

    /**
     * Gives an OPEN exception to a planner (or to nobody) and bumps its version, only if it is still at
     * expectedVersion; false (and no change) when it is unknown, resolved or changed by another transaction.
     */
    public boolean assign(String exceptionId, Optional<String> assignee, Instant at, long expectedVersion)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE exceptions SET assignee = ?,"
                + " taken_at = ?, version = version + 1 WHERE exception_id = ? AND version = ? AND status = ?")) {
            Sql.setOptionalString(update, 1, assignee);
            Sql.setOptionalInstant(update, 2, assignee.map(name -> at));
            update.setString(3, exceptionId);
            update.setLong(4, expectedVersion);
            update.setString(5, ExceptionRow.OPEN);
            return update.executeUpdate() == 1;
        }
    }

    private static ExceptionRow row(ResultSet rows) throws SQLException {
        return new ExceptionRow(rows.getString("exception_id"), rows.getString("order_id"), rows.getInt("line_no"),
                rows.getString("sku"), rows.getInt("qty"), rows.getString("type"), rows.getString("reason"),
                rows.getString("status"), Sql.optionalString(rows, "node_id"), Sql.instant(rows, "created_at"),
                Sql.optionalInstant(rows, "resolved_at"), Sql.optionalString(rows, "resolved_by"),
                rows.getLong("version"), Sql.optionalString(rows, "assignee"),
                Sql.optionalInstant(rows, "taken_at"));
    }
}
