package io.omniroute.server.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The parameters of a statement, bound one after another. Statements sharing a {@link RoundTrip} on PostgreSQL
 * share one numbering, so no binder can know its first index: each just binds its own in order.
 */
final class Params {

    private final PreparedStatement statement;
    private int index;

    Params(PreparedStatement statement) {
        this.statement = statement;
    }

    Params string(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    Params optionalString(Optional<String> value) throws SQLException {
        Sql.setOptionalString(statement, ++index, value);
        return this;
    }

    Params integer(int value) throws SQLException {
        statement.setInt(++index, value);
        return this;
    }

    Params bigint(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    Params decimal(double value) throws SQLException {
        statement.setDouble(++index, value);
        return this;
    }

    Params bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
        return this;
    }

    Params date(LocalDate value) throws SQLException {
        statement.setObject(++index, value);
        return this;
    }

    /** Cut to microseconds, as {@link Sql#setInstant} says why. */
    Params instant(Instant value) throws SQLException {
        Sql.setInstant(statement, ++index, value);
        return this;
    }

    /** Fails, before anything is sent, unless exactly that many parameters were bound. */
    void requireAllBound(int expected) {
        if (index != expected) {
            throw new IllegalStateException("bound " + index + " parameters of " + expected);
        }
    }
}
