package io.omniroute.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Cached inventory positions, read from their columns (never their JSON), so millions of rows stream quickly. */
public final class PositionRepository {

    private static final String COLUMNS = "node_id, sku, on_hand, reserved, safety_stock, atp, updated_at";
    /** Rows H2 hands over per fetch while streaming. */
    private static final int FETCH = 10_000;
    /** Ids per IN list. */

    private final Connection connection;

    PositionRepository(Connection connection) {
        this.connection = connection;
    }

    /** Hands every cached position to the sink, in id order (node by node). */
    public void forEach(Consumer<PositionRow> sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM inventory ORDER BY id")) {
            select.setFetchSize(FETCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.accept(row(rows));
                }
            }
        }
    }

    /** The cached positions among those ids ({@code node_id|sku}); an id not cached is absent from the result. */
    public List<PositionRow> byIds(Collection<String> ids) throws SQLException {
        return IdLists.select(connection, "SELECT " + COLUMNS + " FROM inventory WHERE id IN", "", List.of(), ids,
                PositionRepository::row);
    }

    private static PositionRow row(ResultSet rows) throws SQLException {
        OffsetDateTime updated = rows.getObject(7, OffsetDateTime.class);
        return new PositionRow(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4), rows.getInt(5),
                rows.getInt(6), updated == null ? Instant.EPOCH : updated.toInstant());
    }
}
