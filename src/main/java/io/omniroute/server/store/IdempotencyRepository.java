package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Responses of applied commands by Idempotency-Key. */
public final class IdempotencyRepository {

    private static final String INSERT = "INSERT INTO idempotency (idem_key, user_name, request_hash, status_code,"
            + " response, created_at) VALUES (?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final PendingWrites pending;

    IdempotencyRepository(Connection connection, PendingWrites pending) {
        this.connection = connection;
        this.pending = pending;
    }

    /**
     * The response recorded under the key. A key this transaction is still to record ({@link #saveAtCommit}) is a
     * {@link DuplicateRequestException}: that response exists only once it is committed.
     */
    public Optional<IdempotencyRow> find(String key) throws SQLException {
        if (pending.hasResponse(key)) {
            throw new DuplicateRequestException(key);
        }
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
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, row);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isKeyConflict(e)) {
                throw new DuplicateRequestException(row.key());
            }
            throw e;
        }
    }

    /**
     * Records the response just before the transaction commits, when the feed rows its body lists have their seqs
     * ({@link PendingWrites}); the body is made then. A key this transaction already records is a
     * {@link DuplicateRequestException} at once; a key another transaction committed first is one at the commit,
     * which then fails as a whole.
     */
    public void saveAtCommit(String key, String userName, String requestHash, int statusCode, Supplier<String> body,
            Instant createdAt) {
        if (pending.hasResponse(key)) {
            throw new DuplicateRequestException(key);
        }
        pending.response(new PendingWrites.Response(key, userName, requestHash, statusCode, body, createdAt));
    }

    void saveAll(List<IdempotencyRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (IdempotencyRow row : rows) {
                bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            if (Sql.isKeyConflict(e)) {
                throw new DuplicateRequestException(rows.size() == 1 ? rows.get(0).key()
                        : "one of " + rows.size() + " keys");
            }
            throw e;
        }
    }

    private static void bind(PreparedStatement insert, IdempotencyRow row) throws SQLException {
        insert.setString(1, row.key());
        insert.setString(2, row.userName());
        insert.setString(3, row.requestHash());
        insert.setInt(4, row.statusCode());
        insert.setString(5, row.response());
        Sql.setInstant(insert, 6, row.createdAt());
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
