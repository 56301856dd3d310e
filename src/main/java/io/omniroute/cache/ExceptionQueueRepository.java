package io.omniroute.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The exceptions planners work: the open ones, and any by id to follow a live change. */
public final class ExceptionQueueRepository {

    private static final String COLUMNS = "SELECT id, version, data, pending FROM exceptions";

    private final Connection connection;

    ExceptionQueueRepository(Connection connection) {
        this.connection = connection;
    }

    /** Every OPEN exception, oldest first. */
    public List<CachedException> open() throws SQLException {
        List<CachedException> open = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(COLUMNS
                + " WHERE status = 'OPEN' ORDER BY created_at, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                open.add(exception(rows));
            }
        }
        return open;
    }

    /** Those of the ids that are cached, open or not, in id order. */
    public List<CachedException> byIds(Collection<String> ids) throws SQLException {
        return IdLists.select(connection, COLUMNS + " WHERE id IN", " ORDER BY id", List.of(), ids,
                ExceptionQueueRepository::exception);
    }

    /** The order's exceptions, open or not, oldest first. */
    public List<CachedException> ofOrder(String orderId) throws SQLException {
        List<CachedException> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(COLUMNS
                + " WHERE order_id = ? ORDER BY created_at, id")) {
            select.setString(1, orderId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(exception(rows));
                }
            }
        }
        return found;
    }

    private static CachedException exception(ResultSet row) throws SQLException {
        return EngineJson.exception(CacheJson.cached(row.getString(3), "exception " + row.getString(1)),
                row.getLong(2), row.getInt(4));
    }
}
