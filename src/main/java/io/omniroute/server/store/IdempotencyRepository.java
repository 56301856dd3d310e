package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Responses of applied commands by Idempotency-Key. */
public final class IdempotencyRepository {

    private final Connection connection;

    IdempotencyRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<IdempotencyRow> find(String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT user_name, request_hash, status_code,"
                + " response, created_at FROM idempotency WHERE idem_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IdempotencyRow(key, rows.getString("user_name"),
                        rows.getString("request_hash"), rows.getInt("status_code"), rows.getString("response"),
                        Sql.instant(rows, "created_at")));
            }
        }
    }

    /**
     * Records the response. When a concurrent request with the same key committed first this throws
     * {@link DuplicateRequestException}, which rolls the whole transaction back: its effects must not apply twice.
     */
    public void save(IdempotencyRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency (idem_key, user_name,"
                + " request_hash, status_code, response, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, row.key());
            insert.setString(2, row.userName());
            insert.setString(3, row.requestHash());
            insert.setInt(4, row.statusCode());
            insert.setString(5, row.response());
            Sql.setInstant(insert, 6, row.createdAt());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isKeyConflict(e)) {
                throw new DuplicateRequestException(row.key());
            }
            throw e;
        }
    }

    /** Forgets responses recorded before the instant; returns how many. */
    public int deleteOlderThan(Instant instant) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM idempotency WHERE created_at < ?")) {
            Sql.setInstant(delete, 1, instant);
            return delete.executeUpdate();
        }
    }
}
