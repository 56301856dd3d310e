package io.omniroute.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A queryable column copied out of an entity's JSON: the field of the same name, NULL when it is missing or null.
 * A value of the wrong kind is an error, so a malformed change fails its whole page instead of caching half a row.
 */
record Column(String name, Kind kind) {

    enum Kind {
        TEXT,
        INTEGER,
        INSTANT
    }

    static Column text(String name) {
        return new Column(name, Kind.TEXT);
    }

    static Column integer(String name) {
        return new Column(name, Kind.INTEGER);
    }

    static Column instant(String name) {
        return new Column(name, Kind.INSTANT);
    }

    void bind(PreparedStatement statement, int index, JsonNode data, String entityId) throws SQLException {
        JsonNode value = data.get(name);
        if (value == null || value.isNull()) {
            statement.setNull(index, switch (kind) {
                case TEXT -> Types.VARCHAR;
                case INTEGER -> Types.INTEGER;
                case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
            });
            return;
        }
        switch (kind) {
            case TEXT -> statement.setString(index, value.asText());
            case INTEGER -> {
                if (!value.canConvertToInt()) {
                    throw problem(entityId, value, "a whole number");
                }
                statement.setInt(index, value.intValue());
            }
            case INSTANT -> {
                try {
                    statement.setObject(index, OffsetDateTime.parse(value.asText()));
                } catch (DateTimeParseException e) {
                    throw problem(entityId, value, "an ISO-8601 time such as 2026-03-02T08:15:00Z");
                }
            }
        }
    }

    private IllegalArgumentException problem(String entityId, JsonNode value, String expected) {
        return new IllegalArgumentException("entity " + entityId + " has " + name + " " + value + ": expected "
                + expected);
    }
}
