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
 * query; anything else that reaches the connection runs them first through the connection {@link #guard} hands out.
 *
 * <p>Why: on PostgreSQL each request's savepoint was a round trip of its own, a third of a reroute's.
 */
final class Preamble {

    /** Connection methods after which the database sees a statement or savepoint of its own. */
    private static final Set<String> SENDING = Set.of("prepareStatement", "prepareCall", "createStatement",
            "setSavepoint", "releaseSavepoint", "rollback");

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

    /** The statements that wait, for a round trip to send first; they count as sent once it returns them. */
    List<String> take() {
        List<String> taken = statements;
        sent();
        return taken;
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
                    if (SENDING.contains(method.getName())) {
                        runNow();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void sent() {
        statements = List.of();
        Runnable done = onSent;
        onSent = () -> { };
        done.run();
    }
}
