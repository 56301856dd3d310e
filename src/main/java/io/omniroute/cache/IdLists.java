package io.omniroute.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Reads rows by many ids through {@code IN} lists of at most 500 placeholders, so a long list of changed ids never
 * becomes one statement the database has to parse whole.
 */
final class IdLists {

    private static final int IN_LIST = 500;

    /** Reads one row into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private IdLists() {
    }

    /**
     * Runs {@code sqlBefore (?, ?, ...) sqlAfter} once per chunk of ids; {@code leading} values are bound before the
     * ids, in order.
     */
    static <T> List<T> select(Connection connection, String sqlBefore, String sqlAfter, List<String> leading,
            Collection<String> ids, RowReader<T> reader) throws SQLException {
        List<String> all = List.copyOf(ids);
        List<T> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            try (PreparedStatement select = connection.prepareStatement(sqlBefore + " ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")" + sqlAfter)) {
                int index = 1;
                for (String value : leading) {
                    select.setString(index++, value);
                }
                for (String id : chunk) {
                    select.setString(index++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(reader.read(rows));
                    }
                }
            }
        }
        return found;
    }
}
