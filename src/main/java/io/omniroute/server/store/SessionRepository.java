package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Sessions by token hash. */
public final class SessionRepository {

    private final Connection connection;

    SessionRepository(Connection connection) {
        this.connection = connection;
    }

    public void save(SessionRow session) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sessions"
                + " (token_hash, user_name, role, node_id, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, session.tokenHash());
            insert.setString(2, session.userName());
            insert.setString(3, session.role());
            Sql.setOptionalString(insert, 4, session.nodeId());
            Sql.setInstant(insert, 5, session.expiresAt());
            insert.executeUpdate();
        }
    }

    /** The session, whether or not it has expired: the caller compares expiresAt with its clock. */
    public Optional<SessionRow> find(String tokenHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT user_name, role, node_id, expires_at FROM sessions WHERE token_hash = ?")) {
            select.setString(1, tokenHash);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SessionRow(tokenHash, rows.getString("user_name"), rows.getString("role"),
                        Sql.optionalString(rows, "node_id"), Sql.instant(rows, "expires_at")));
            }
        }
    }

    public boolean delete(String tokenHash) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
            delete.setString(1, tokenHash);
            return delete.executeUpdate() == 1;
        }
    }

    /** Removes sessions that expired at or before now; returns how many. */
    public int deleteExpired(Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
            Sql.setInstant(delete, 1, now);
            return delete.executeUpdate();
        }
    }
}
