package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Statements that go to the database together. On PostgreSQL they are sent as one multi-statement query: one round
 * trip for all of them, however many there are (decision record 0009; a trip of more than 30,000 parameters goes as
 * several queries). On H2, which runs in this process, they run
 * one after another. Either way they run in the order they were added, in the caller's transaction, and each one's
 * result waits in its {@link Reply} once {@link #send} returns.
 *
 * <p>Only statements whose parameters are known before any of them runs can share a trip: what a later statement
 * needs of an earlier one's result must wait for the next trip. A failing statement fails the trip (PostgreSQL runs
 * none after it) and, like any failed statement, leaves the request to be rolled back to its savepoint.
 */
public final class RoundTrip {

    /** Binds one statement's parameters, in order. */
    @FunctionalInterface
    interface Binder {
        void bind(Params params) throws SQLException;
    }

    /** Reads what one statement returned. */
    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private enum Kind { QUERY, UPDATE, RETURNING }

    private record Step<T>(Kind kind, String sql, String[] returned, Binder binder, Rows<T> rows, Reply<T> reply) {

        /** The statement as PostgreSQL runs it inside a multi-statement query: RETURNING written out. */
        String together() {
            return kind == Kind.RETURNING ? sql + " RETURNING " + String.join(", ", returned) : sql;
        }

        void read(ResultSet result) throws SQLException {
            reply.set(rows.read(result));
        }

        @SuppressWarnings("unchecked")
        void count(int updated) {
            ((Reply<Integer>) reply).set(updated);
        }
    }

    /** Parameters per query, well under PostgreSQL's 65,535. */
    private static final int PARAMETERS_PER_QUERY = 30_000;

    private final Connection connection;
    private final boolean together;
    private final Preamble preamble;
    private final List<Step<?>> steps = new ArrayList<>();
    private boolean sent;

    /**
     * @param together whether the database takes several statements in one query (PostgreSQL); H2 runs them one by
     *     one
     */
    RoundTrip(Connection connection, boolean together) {
        this(connection, together, null);
    }

    /**
     * @param preamble statements that must run first, sent as this trip's first ones; null for none. Only a
     *     database that takes statements together has one
     */
    RoundTrip(Connection connection, boolean together, Preamble preamble) {
        if (preamble != null && !together) {
            throw new IllegalArgumentException("a preamble goes with statements sent together");
        }
        this.connection = connection;
        this.together = together;
        this.preamble = preamble;
    }

    /** Sends one statement on its own and returns its result: the trip-taking repository methods, used alone. */
    static <T> T alone(Connection connection, Function<RoundTrip, Reply<T>> statement) throws SQLException {
        return alone(connection, false, statement);
    }

    /** Sends the statements {@code work} adds, together if the database takes them so, and returns its result. */
    static <T> T alone(Connection connection, boolean together, Function<RoundTrip, Reply<T>> work)
            throws SQLException {
        RoundTrip trip = new RoundTrip(connection, together);
        Reply<T> reply = work.apply(trip);
        trip.send();
        return reply.get();
    }

    /** A SELECT; its reply is what {@code rows} read of its result. */
    <T> Reply<T> query(String sql, Binder binder, Rows<T> rows) {
        return add(new Step<>(Kind.QUERY, sql, null, binder, rows, new Reply<>()));
    }

    /** An INSERT, UPDATE or DELETE; its reply is the number of rows it changed. */
    Reply<Integer> update(String sql, Binder binder) {
        return add(new Step<Integer>(Kind.UPDATE, sql, null, binder, null, new Reply<>()));
    }

    /**
     * An INSERT or UPDATE that hands back the named columns of every row it wrote (none when its guard failed); its
     * reply is what {@code rows} read of them.
     */
    <T> Reply<T> returning(String sql, String[] columns, Binder binder, Rows<T> rows) {
        return add(new Step<>(Kind.RETURNING, sql, columns.clone(), binder, rows, new Reply<>()));
    }

    /** Runs every statement added; a trip is sent once. */
    public void send() throws SQLException {
        if (sent) {
            throw new IllegalStateException("this round trip was sent already");
        }
        sent = true;
        if (steps.isEmpty()) {
            return;
        }
        if (together) {
            sendTogether();
        } else {
            for (Step<?> step : steps) {
                sendAlone(step);
            }
        }
    }

    private <T> Reply<T> add(Step<T> step) {
        if (sent) {
            throw new IllegalStateException("this round trip was sent already: start another one");
        }
        steps.add(step);
        return step.reply();
    }

    /**
     * PostgreSQL takes at most 65,535 parameters in one query, counted over all its statements: a trip with more
     * goes as several queries, each still many statements.
     */
    private void sendTogether() throws SQLException {
        List<Step<?>> query = new ArrayList<>();
        int parameters = 0;
        for (Step<?> step : steps) {
            int own = placeholders(step.sql());
            if (!query.isEmpty() && parameters + own > PARAMETERS_PER_QUERY) {
                sendQuery(query, parameters);
                query = new ArrayList<>();
                parameters = 0;
            }
            query.add(step);
            parameters += own;
        }
        sendQuery(query, parameters);
    }

    /** Sends the statements as one query, the preamble's first if any waits. */
    private void sendQuery(List<Step<?>> query, int parameters) throws SQLException {
        List<String> preambleStatements = preamble == null ? List.of() : preamble.pending();
        StringBuilder sql = new StringBuilder();
        for (String statement : preambleStatements) {
            sql.append(statement).append(";\n");
        }
        for (Step<?> step : query) {
            sql.append(step == query.get(0) ? "" : ";\n").append(step.together());
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            Params params = new Params(statement);
            for (Step<?> step : query) {
                step.binder().bind(params);
            }
            params.requireAllBound(parameters);
            // Nothing can fail on this side any more: from here the savepoint counts as set. A failure the database
            // reports comes after it, since the preamble's statements run first.
            if (!preambleStatements.isEmpty()) {
                preamble.sent();
            }
            boolean isResultSet = statement.execute();
            for (int i = 0; i < preambleStatements.size(); i++) {
                isResultSet = statement.getMoreResults();
            }
            for (Step<?> step : query) {
                if (step.kind() == Kind.UPDATE) {
                    if (isResultSet) {
                        throw new SQLException("rows came back for a statement that returns none: " + step.sql());
                    }
                    step.count(statement.getUpdateCount());
                } else {
                    if (!isResultSet) {
                        throw new SQLException("no rows came back for: " + step.sql());
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        step.read(rows);
                    }
                }
                isResultSet = statement.getMoreResults();
            }
        }
    }

    /** The statement's parameters: its question marks (no statement here has one in a literal). */
    private static int placeholders(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    private void sendAlone(Step<?> step) throws SQLException {
        try (PreparedStatement statement = step.kind() == Kind.RETURNING
                ? connection.prepareStatement(step.sql(), step.returned())
                : connection.prepareStatement(step.sql())) {
            step.binder().bind(new Params(statement));
            switch (step.kind()) {
                case QUERY -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        step.read(rows);
                    }
                }
                case UPDATE -> step.count(statement.executeUpdate());
                case RETURNING -> {
                    statement.executeUpdate();
                    try (ResultSet rows = statement.getGeneratedKeys()) {
                        step.read(rows);
                    }
                }
            }
        }
    }
}
