package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * The savepoint each request of a {@link GroupCommit} batch runs in, so that a failing request undoes its own
 * changes only.
 *
 * <p>Why two kinds: on PostgreSQL every JDBC savepoint call is a round trip of its own, and the one writer spends its
 * time waiting on round trips. There, one named savepoint is reused: setting the next request's savepoint also
 * releases the last one, in one round trip, and the batch's commit releases the last of them. H2 runs in the same
 * process, so its JDBC savepoints cost nothing worth saving.
 */
abstract sealed class RequestSavepoints {

    static RequestSavepoints on(Connection connection, boolean postgres) {
        return postgres ? new Reused(connection) : new Jdbc(connection);
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
        /** Whether a savepoint of that name exists in the transaction (released ones are merged into it). */
        private boolean exists;

        Reused(Connection connection) {
            this.connection = connection;
        }

        @Override
        void set() throws SQLException {
            // the last request's savepoint is released here rather than in release(): one round trip, not two
            execute(exists ? "RELEASE SAVEPOINT " + NAME + "; SAVEPOINT " + NAME : "SAVEPOINT " + NAME);
            exists = true;
        }

        @Override
        void release() {
            // left to the next set() or the commit
        }

        @Override
        void rollback() throws SQLException {
            execute("ROLLBACK TO SAVEPOINT " + NAME); // the savepoint stays, empty, for the next set() to release
        }

        private void execute(String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
