package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;

/**
 * The one writer of a server's database: write transactions queue here and one thread runs them, several to a
 * database transaction, each inside its own savepoint, then commits them together and only then answers their
 * callers. A request that fails rolls back to its savepoint alone.
 *
 * <p>Why, on H2: H2 writes its file at every commit while other sessions keep changing its maps, and a {@code kill -9}
 * during such a write can leave part of a committed transaction in the file, or a row locked by a transaction that
 * no longer exists (both seen in DurabilityIT). With one writer every write of the file falls between whole
 * batches. Such serial transactions need no row locks (see {@link Tx}).
 *
 * <p>Why, on PostgreSQL: the change feed's lock and the hot capacity rows are held until commit, and a commit waits
 * for its WAL flush; one commit per batch shares that wait among all its requests. Row locks stay on, so several
 * server instances can still share one database; a request chosen as a deadlock victim is run again in its batch.
 */
final class GroupCommit implements AutoCloseable {

    /** Most requests in one database transaction: bounds the wait of the first request in a batch. */
    static final int MAX_BATCH = 64;
    /** Runs of one request that the database may abort as a deadlock victim before its caller gets the error. */
    private static final int CONFLICT_ATTEMPTS = 4;

    private final DataSource pool;
    private final String productName;
    private final boolean serial;
    private final GrowthEpoch growth = new GrowthEpoch();
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;
    /** The writer thread's open transaction, for work that starts a nested transaction on that thread. */
    private Tx current;

    /** {@code serial}: this writer is the database's only one, so its transactions may skip row locks. */
    GroupCommit(DataSource pool, String productName, boolean serial) {
        this.pool = pool;
        this.productName = productName;
        this.serial = serial;
        this.writer = new Thread(this::writeLoop, "omniroute-db-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs the work in the next batch and returns once its batch committed; throws what the work threw. */
    <T> T run(TxWork<T> work) {
        if (Thread.currentThread() == writer) {
            return nested(work);
        }
        if (closed) {
            throw new StoreException("the " + productName + " database is closed");
        }
        Pending<T> pending = new Pending<>(work);
        queue.add(pending);
        if (closed && queue.remove(pending)) {
            // close() came first: the writer may already have stopped, so this request will never run
            throw new StoreException("the " + productName + " database is closed");
        }
        try {
            return pending.result.join();
        } catch (CompletionException e) {
            throw rethrow(e.getCause());
        }
    }

    private <T> T nested(TxWork<T> work) {
        try {
            Savepoint savepoint = current.connection().setSavepoint();
            try {
                T result = work.run(current);
                current.connection().releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                current.connection().rollback(savepoint);
                throw e;
            }
        } catch (SQLException e) {
            throw storeFailure("transaction failed", e);
        }
    }

    private void writeLoop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            commitBatch(batch);
            batch.clear();
        }
    }

    private void commitBatch(List<Pending<?>> batch) {
        List<Pending<?>> done = new ArrayList<>(batch.size());
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            current = new Tx(connection, serial, growth);
            for (Pending<?> pending : batch) {
                if (pending.work != null && runInSavepoint(connection, pending)) {
                    done.add(pending);
                }
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                rollbackQuietly(connection, e);
                failAll(done, storeFailure("commit failed", e));
                return;
            }
            done.forEach(Pending::complete);
        } catch (SQLException e) {
            failAll(batch, storeFailure("the connection failed", e));
        } catch (RuntimeException e) {
            failAll(batch, e);
        } finally {
            current = null;
            growth.batchEnded();
        }
    }

    /** Runs one request; false (its changes undone, its caller failed) when it threw. */
    private boolean runInSavepoint(Connection connection, Pending<?> pending) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                pending.runIn(current);
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback(savepoint);
                if (attempt < CONFLICT_ATTEMPTS && isDeadlockVictim(e)) {
                    continue;
                }
                pending.result.completeExceptionally(e instanceof SQLException sql
                        ? storeFailure("transaction failed", sql) : e);
                return false;
            }
        }
    }

    /** PostgreSQL broke a lock cycle with another server instance by failing this statement: it may well pass now. */
    private static boolean isDeadlockVictim(Throwable e) {
        Throwable cause = e instanceof StoreException ? e.getCause() : e;
        return cause instanceof SQLException sql
                && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()));
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void failAll(List<Pending<?>> batch, RuntimeException failure) {
        for (Pending<?> pending : batch) {
            pending.result.completeExceptionally(failure);
        }
    }

    private StoreException storeFailure(String what, SQLException e) {
        return new StoreException(what + " on " + productName + ": " + e.getMessage() + " (SQLState "
                + e.getSQLState() + ")", e);
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        // the writer completes results with unchecked throwables only
        throw new IllegalStateException("unexpected failure of a write transaction", cause);
    }

    /** See {@link Database#growthEpoch()}. */
    long growthEpoch() {
        return growth.current();
    }

    /** Stops taking work, finishes what is queued, and stops the writer. */
    @Override
    public void close() {
        closed = true;
        queue.add(new Pending<>(null));
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One queued request: its work, and the result the writer hands back after the commit. */
    private static final class Pending<T> {
        final TxWork<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();
        private T value;

        Pending(TxWork<T> work) {
            this.work = work;
        }

        void runIn(Tx tx) throws SQLException {
            value = work.run(tx);
        }

        void complete() {
            result.complete(value);
        }
    }
}
