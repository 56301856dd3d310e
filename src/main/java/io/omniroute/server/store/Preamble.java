package io.omniroute.server.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * Statements that must run before the transaction's next one, sent with it rather than on their own: the savepoint
 * a request of a batch starts with ({@link RequestSavepoints}). A {@link RoundTrip} sends them first, in its one
 * query; anything else that may reach the database runs them first through the connection {@link #guard} hands
 * out (every method but a few that read the driver's own state).
 *
 * <p>Why: on PostgreSQL each request's savepoint was a round trip of its own, a third of a reroute's.
 */
final class Preamble {

    /**
     * Connection methods that only read the driver's own state. Any other may reach the database (a statement, a
     * savepoint, a setting, the driver's connection unwrapped), so what waits goes first.
     */
    private static final Set<String> LOCAL = Set.of("getAutoCommit", "isReadOnly", "isClosed",
            "getTransactionIsolation", "getHoldability", "getWarnings", "clearWarnings", "isWrapperFor",
            "getNetworkTimeout", "toString", "hashCode", "equals");

    private final Connection connection;
    private List<String> statements = List.of();
    private Runnable onSent = () -> { };

    Preamble(Connection connection) {
        this.connection = connection;
    }

    /** Replaces what waits: statements to send before the next one, and what to do once they were. */
    void set(List<String> statements, Runnable onSent) {
        this.statements = List.copyOf(statements);
        this.onSent = onSent;
    }

    boolean isPending() {
        return !statements.isEmpty();
    }

    /** The statements that wait, for a round trip to send first; it calls {@link #sent} as it sends them. */
    List<String> pending() {
        return statements;
    }

    /** Forgets what waits (the transaction is about to end, which makes it moot). */
    void discard() {
        statements = List.of();
    }

    /** Sends what waits now, on its own. */
    void runNow() throws SQLException {
        if (!isPending()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(String.join("; ", statements));
        }
        sent();
    }

    /** The connection, but running what waits before it prepares, creates or ends anything. */
    Connection guard() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (!LOCAL.contains(method.getName())) {
                        runNow();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** What waited has gone to the database. */
    void sent() {
        statements = List.of();
        Runnable done = onSent;
        onSent = () -> { };
        done.run();
    }
}
