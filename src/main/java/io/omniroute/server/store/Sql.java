package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The small JDBC conversions every repository needs, written once so H2 and PostgreSQL behave alike. */
final class Sql {

    /** Rows per executeBatch in bulk inserts. */
    static final int BATCH = 5_000;

    private static final String UNIQUE_VIOLATION = "23505";
    /** H2's "concurrent update": another open transaction wrote the same key first. */
    private static final String H2_CONCURRENT_UPDATE = "90131";

    private Sql() {
    }

    /**
     * Both databases keep microseconds; truncating first makes what is read back equal to what was written
     * (PostgreSQL would otherwise round).
     */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    static void setOptionalInstant(PreparedStatement statement, int index, Optional<Instant> instant)
            throws SQLException {
        if (instant.isPresent()) {
            setInstant(statement, index, instant.get());
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Optional<Instant> optionalInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }

    static void setOptionalString(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        statement.setString(index, value.orElse(null));
    }

    static Optional<String> optionalString(ResultSet rows, String column) throws SQLException {
        return Optional.ofNullable(rows.getString(column));
    }

    static void setOptionalDouble(PreparedStatement statement, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            statement.setDouble(index, value.getAsDouble());
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    static OptionalDouble optionalDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    static void setOptionalInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.getAsInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    static OptionalInt optionalInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** "?, ?, ?" for an IN list of n values. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** A unique-key violation, or H2's report that a concurrent transaction holds the same new key. */
    static boolean isKeyConflict(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (UNIQUE_VIOLATION.equals(state) || H2_CONCURRENT_UPDATE.equals(state)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs an insert that may hit an existing key, behind a savepoint: PostgreSQL aborts the whole transaction on a
     * failed statement unless it is rolled back to a savepoint. Returns false when the key was taken.
     */
    static boolean insertUnlessKeyTaken(Connection connection, PreparedStatement insert) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            insert.executeUpdate();
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!isKeyConflict(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        }
    }
}
