package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The savepoint each request of a {@link GroupCommit} batch runs in, so that a failing request undoes its own
 * changes only.
 *
 * <p>Why two kinds: on PostgreSQL every JDBC savepoint call is a round trip of its own, and the one writer spends its
 * time waiting on round trips. There, one named savepoint is reused: setting the next request's savepoint also
 * releases the last one, and both go with the request's first statement ({@link Preamble}); the batch's commit
 * releases the last of them. H2 runs in the same process, so its JDBC savepoints cost nothing worth saving.
 */
abstract sealed class RequestSavepoints {

    /** @param preamble PostgreSQL's preamble of the transaction, empty on H2 */
    static RequestSavepoints on(Connection connection, Optional<Preamble> preamble) {
        return preamble.<RequestSavepoints>map(statements -> new Reused(connection, statements))
                .orElseGet(() -> new Jdbc(connection));
    }

    /** Marks the start of the next request. */
    abstract void set() throws SQLException;

    /** The request succeeded: its changes stay in the batch. */
    abstract void release() throws SQLException;

    /** The request failed: undoes what it changed since {@link #set}. */
    abstract void rollback() throws SQLException;

    private static final class Jdbc extends RequestSavepoints {
        private final Connection connection;
        private Savepoint savepoint;

        Jdbc(Connection connection) {
            this.connection = connection;
        }

        @Override
        void set() throws SQLException {
            savepoint = connection.setSavepoint();
        }

        @Override
        void release() throws SQLException {
            connection.releaseSavepoint(savepoint);
        }

        @Override
        void rollback() throws SQLException {
            connection.rollback(savepoint);
        }
    }

    private static final class Reused extends RequestSavepoints {
        private static final String NAME = "omniroute_request";

        private final Connection connection;
        private final Preamble preamble;
        /** Whether a savepoint of that name was sent in the transaction (released ones are merged into it). */
        private boolean exists;

        Reused(Connection connection, Preamble preamble) {
            this.connection = connection;
            this.preamble = preamble;
        }

        @Override
        void set() {
            // sent with the request's first statement, releasing the last request's savepoint: no round trip here
            preamble.set(exists ? List.of("RELEASE SAVEPOINT " + NAME, "SAVEPOINT " + NAME)
                    : List.of("SAVEPOINT " + NAME), () -> exists = true);
        }

        @Override
        void release() {
            // left to the next set() or the commit
        }

        @Override
        void rollback() throws SQLException {
            if (preamble.isPending()) {
                return; // the request sent nothing, so there is nothing to undo: the next set() replaces it
            }
            try (Statement statement = connection.createStatement()) {
                // the savepoint stays, empty, for the next set() to release
                statement.execute("ROLLBACK TO SAVEPOINT " + NAME);
            }
        }
    }
}
