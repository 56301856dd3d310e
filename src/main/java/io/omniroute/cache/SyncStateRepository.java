package io.omniroute.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The one row that says how far the cache has read the feed, from which server, as whom, and when. */
public final class SyncStateRepository {

    private final Connection connection;

    SyncStateRepository(Connection connection) {
        this.connection = connection;
    }

    public SyncState get() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT feed_cursor, server_url, user_name, last_sync_at FROM sync_state WHERE id = 1");
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the cache has no sync_state row: the file is damaged or was not migrated");
            }
            return new SyncState(rows.getLong("feed_cursor"), Optional.ofNullable(rows.getString("server_url")),
                    Optional.ofNullable(rows.getString("user_name")),
                    OutboxRepository.optionalInstant(rows, "last_sync_at"));
        }
    }

    /** Moves the cursor and stamps the time of the sync. */
    public void setCursor(long cursor, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sync_state SET feed_cursor = ?, last_sync_at = ? WHERE id = 1")) {
            update.setLong(1, cursor);
            OutboxRepository.setInstant(update, 2, at);
            update.executeUpdate();
        }
    }

    /** Records whom the cache syncs from. */
    public void setSource(String serverUrl, String user) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sync_state SET server_url = ?, user_name = ? WHERE id = 1")) {
            update.setString(1, serverUrl);
            update.setString(2, user);
            update.executeUpdate();
        }
    }
}
