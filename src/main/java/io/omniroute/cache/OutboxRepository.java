package io.omniroute.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox: the user's commands in the order they were taken, each with the key it is always sent under. */
public final class OutboxRepository {

    private static final String COLUMNS = "id, idempotency_key, type, target, expected_version, payload, reason, actor,"
            + " state, attempts, next_attempt_at, last_error, server_view, created_at";

    private final Connection connection;

    OutboxRepository(Connection connection) {
        this.connection = connection;
    }

    /** Appends a PENDING command, due at once, and returns its id. */
    public long insert(NewCommand command, String idempotencyKey, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (idempotency_key, type,"
                + " target_entity, target, expected_version, payload, reason, actor, state, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, idempotencyKey);
            insert.setString(2, command.type());
            insert.setString(3, command.targetEntity());
            insert.setString(4, command.target());
            insert.setLong(5, command.expectedVersion());
            insert.setString(6, command.payloadJson());
            insert.setString(7, command.reason());
            insert.setString(8, command.actor());
            insert.setString(9, OutboxState.PENDING.name());
            setInstant(insert, 10, now);
            setInstant(insert, 11, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the cache returned no id for the new " + command.type() + " command on "
                            + command.target());
                }
                return keys.getLong(1);
            }
        }
    }

    public Optional<OutboxCommand> find(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM outbox WHERE id = ?")) {
            select.setLong(1, id);
            List<OutboxCommand> found = commands(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The feed entity whose pending mark the command holds (order, pickup or rules). */
    public Optional<String> targetEntity(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT target_entity FROM outbox WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The PENDING command with the lowest id, due or not. */
    public Optional<OutboxCommand> oldestPending() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM outbox WHERE state = ? ORDER BY id LIMIT 1")) {
            select.setString(1, OutboxState.PENDING.name());
            List<OutboxCommand> found = commands(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Commands in these states, oldest first. */
    public List<OutboxCommand> inStates(List<OutboxState> states) throws SQLException {
        if (states.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE state IN ("
                + String.join(", ", Collections.nCopies(states.size(), "?")) + ") ORDER BY id")) {
            for (int i = 0; i < states.size(); i++) {
                select.setString(i + 1, states.get(i).name());
            }
            return commands(select);
        }
    }

    /** How many commands are in each state; every state is present, 0 when none is in it. */
    public Map<OutboxState, Long> countsByState() throws SQLException {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state, COUNT(*) FROM outbox GROUP BY state");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(OutboxState.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        return counts;
    }

    /** Final: the server applied it and answered with the target's new version. */
    public void applied(long id, long newVersion, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET state = ?, applied_version = ?,"
                + " attempts = attempts + 1, next_attempt_at = NULL, updated_at = ? WHERE id = ?")) {
            update.setString(1, OutboxState.APPLIED.name());
            update.setLong(2, newVersion);
            setInstant(update, 3, now);
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    /** Still PENDING under the same key, due again at nextAttemptAt. */
    public void retry(long id, Instant nextAttemptAt, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET attempts = attempts + 1,"
                + " next_attempt_at = ?, last_error = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
            setInstant(update, 1, nextAttemptAt);
            update.setString(2, error);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** Moves it to a new state after an attempt, keeping the server's message or entity JSON. */
    public void answered(long id, OutboxState state, Optional<String> lastError, Optional<String> serverView,
            Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET state = ?,"
                + " attempts = attempts + 1, next_attempt_at = NULL, last_error = COALESCE(?, last_error),"
                + " server_view = COALESCE(?, server_view), updated_at = ? WHERE id = ?")) {
            update.setString(1, state.name());
            update.setString(2, lastError.orElse(null));
            update.setString(3, serverView.orElse(null));
            setInstant(update, 4, now);
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    /** Moves it to a new state without an attempt (the user's decision on a CONFLICT). */
    public void decided(long id, OutboxState state, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET state = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, state.name());
            setInstant(update, 2, now);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /**
     * The user's later commands on the same target, decided on the version the applied command expected and never
     * sent, now expect the version it produced: the user made them knowing theirs would go first (accept, then ready;
     * reroute one line, then backorder another), so they build on it rather than conflict with it. A command already
     * sent keeps its body, since the server may hold it under its key. Returns how many moved.
     */
    public int rebaseAfter(long appliedId, String target, long fromVersion, long toVersion, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET expected_version = ?,"
                + " updated_at = ? WHERE state = ? AND attempts = 0 AND id > ? AND target = ? AND expected_version = ?"
                + " AND target_entity = (SELECT target_entity FROM outbox WHERE id = ?)")) {
            update.setLong(1, toVersion);
            setInstant(update, 2, now);
            update.setString(3, OutboxState.PENDING.name());
            update.setLong(4, appliedId);
            update.setString(5, target);
            update.setLong(6, fromVersion);
            update.setLong(7, appliedId);
            return update.executeUpdate();
        }
    }

    /** PENDING again, due at once, as a fresh command: a new key, the new expected version, no attempts yet. */
    public void requeue(long id, String newIdempotencyKey, long newExpectedVersion, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET state = ?,"
                + " idempotency_key = ?, expected_version = ?, attempts = 0, next_attempt_at = NULL,"
                + " last_error = NULL, server_view = NULL, updated_at = ? WHERE id = ?")) {
            update.setString(1, OutboxState.PENDING.name());
            update.setString(2, newIdempotencyKey);
            update.setLong(3, newExpectedVersion);
            setInstant(update, 4, now);
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    private static List<OutboxCommand> commands(PreparedStatement select) throws SQLException {
        List<OutboxCommand> result = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                result.add(new OutboxCommand(
                        rows.getLong("id"),
                        rows.getString("idempotency_key"),
                        rows.getString("type"),
                        rows.getString("target"),
                        rows.getLong("expected_version"),
                        rows.getString("payload"),
                        rows.getString("reason"),
                        rows.getString("actor"),
                        OutboxState.valueOf(rows.getString("state")),
                        rows.getInt("attempts"),
                        optionalInstant(rows, "next_attempt_at"),
                        Optional.ofNullable(rows.getString("last_error")),
                        Optional.ofNullable(rows.getString("server_view")),
                        optionalInstant(rows, "created_at").orElseThrow()));
            }
        }
        return result;
    }

    /** H2 keeps microseconds; truncating first makes what is read back equal to what was written. */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index,
                    OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    static Optional<Instant> optionalInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }
}
