package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The one current rule set, replaced as a whole on every publish. */
public final class RulesRepository {

    private final Connection connection;
    private final GrowthEpoch growth;

    RulesRepository(Connection connection, GrowthEpoch growth) {
        this.connection = connection;
        this.growth = growth;
    }

    /** The published rules; empty before the first publish. */
    public Optional<RulesRow> current() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, yaml, published_at, published_by FROM rules WHERE id = ?")) {
            select.setString(1, RulesRow.ID);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RulesRow(rows.getLong("version"), rows.getString("yaml"),
                        Sql.instant(rows, "published_at"), rows.getString("published_by")));
            }
        }
    }

    /**
     * Publishes the YAML as version expectedVersion + 1 if the current rules are at expectedVersion (0: none
     * published yet); false (and no change) when someone else published first.
     */
    public boolean publish(String yaml, String by, Instant at, long expectedVersion) throws SQLException {
        growth.grew();
        if (expectedVersion == 0) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rules"
                    + " (id, version, yaml, published_at, published_by) VALUES (?, 1, ?, ?, ?)")) {
                insert.setString(1, RulesRow.ID);
                insert.setString(2, yaml);
                Sql.setInstant(insert, 3, at);
                insert.setString(4, by);
                return Sql.insertUnlessKeyTaken(connection, insert);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE rules SET version = version + 1,"
                + " yaml = ?, published_at = ?, published_by = ? WHERE id = ? AND version = ?")) {
            update.setString(1, yaml);
            Sql.setInstant(update, 2, at);
            update.setString(3, by);
            update.setString(4, RulesRow.ID);
            update.setLong(5, expectedVersion);
            return update.executeUpdate() == 1;
        }
    }
}
