package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
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
 * <p>Why, on PostgreSQL: the hot capacity and stock rows are held until commit, and a commit waits for its WAL flush;
 * one commit per batch shares that wait among all its requests, and each request's feed rows, recorded response and
 * events are written for the whole batch at once, just before the commit ({@link PendingWrites}). Several writers
 * were tried: their open batches kept waiting on each other's hot rows (decision record 0008). Row locks stay on,
 * so several server instances can still share one database; a request chosen as a deadlock victim gives way: it is
 * rolled back to its savepoint and queued again once its batch has ended and released what it held.
 */
final class GroupCommit implements AutoCloseable {

    /** Most requests in one database transaction: bounds the wait of the first request in a batch. */
    static final int MAX_BATCH = 64;
    /** Times one request may be a deadlock victim before its caller gets the error. */
    private static final int CONFLICT_ATTEMPTS = 4;

    private final DataSource pool;
    private final String productName;
    private final boolean serial;
    private final boolean postgres;
    private final GrowthEpoch growth = new GrowthEpoch();
    private final BlockingDeque<Pending<?>> queue = new LinkedBlockingDeque<>();
    private final Thread writer;
    private volatile boolean closed;
    /** The writer thread's open transaction, for work that starts a nested transaction on that thread. */
    private Tx current;

    /** {@code serial}: this writer is the database's only one, so its transactions may skip row locks. */
    GroupCommit(DataSource pool, String productName, boolean serial) {
        this.pool = pool;
        this.productName = productName;
        this.serial = serial;
        this.postgres = "PostgreSQL".equals(productName);
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
        Tx tx = current;
        try {
            Savepoint savepoint = tx.connection().setSavepoint();
            PendingWrites.Mark mark = tx.markPending();
            try {
                T result = work.run(tx);
                tx.connection().releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                tx.connection().rollback(savepoint);
                tx.rollbackPending(mark);
                throw e;
            }
        } catch (SQLException e) {
            throw storeFailure("transaction failed", e);
        }
    }

    private void writeLoop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            Pending<?> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                continue;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            List<Pending<?>> gaveWay = new ArrayList<>();
            for (Pending<?> alone : commitBatch(batch, gaveWay)) {
                commitBatch(List.of(alone), gaveWay);
            }
            // queued again only now that the batch released its locks, in their order, ahead of the rest; not those
            // whose caller was answered meanwhile (their batch failed as a whole)
            for (int i = gaveWay.size() - 1; i >= 0; i--) {
                if (!gaveWay.get(i).result.isDone()) {
                    queue.addFirst(gaveWay.get(i));
                }
            }
            batch.clear();
        }
    }

    /**
     * Runs the batch in one transaction and answers its callers. Returns the requests to run again, each alone: those
     * that had succeeded when the batch's pending rows failed to write (a recorded response's key committed
     * meanwhile by another server, say). Alone, each fails or commits by itself. Deadlock victims go to
     * {@code gaveWay}.
     */
    private List<Pending<?>> commitBatch(List<Pending<?>> batch, List<Pending<?>> gaveWay) {
        List<Pending<?>> done = new ArrayList<>(batch.size());
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            Preamble preamble = postgres ? new Preamble(connection) : null;
            Tx tx = new Tx(connection, serial, postgres, preamble, growth);
            current = tx;
            RequestSavepoints savepoints = RequestSavepoints.on(connection, Optional.ofNullable(preamble));
            for (Pending<?> pending : batch) {
                if (runInSavepoint(tx, savepoints, pending, gaveWay)) {
                    done.add(pending);
                }
            }
            try {
                tx.flushPending();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                if (done.size() > 1) {
                    return done;
                }
                failAll(done, e instanceof SQLException sql ? storeFailure("writing the batch's rows failed", sql)
                        : e);
                return List.of();
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                // not run again: the commit may have happened all the same
                rollbackQuietly(connection, e);
                failAll(done, storeFailure("commit failed", e));
                return List.of();
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
        return List.of();
    }

    /** Runs one request; false when it threw (its changes undone, its caller failed) or was a deadlock victim. */
    private boolean runInSavepoint(Tx tx, RequestSavepoints savepoints, Pending<?> pending,
            List<Pending<?>> gaveWay) throws SQLException {
        savepoints.set();
        PendingWrites.Mark mark = tx.markPending();
        try {
            pending.runIn(tx);
            savepoints.release();
            return true;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                savepoints.rollback();
            } catch (SQLException rollbackFailure) {
                rollbackFailure.addSuppressed(e); // the batch fails as a whole; keep what started it
                throw rollbackFailure;
            }
            tx.rollbackPending(mark);
            if (isLockConflict(e) && ++pending.conflicts < CONFLICT_ATTEMPTS) {
                gaveWay.add(pending);
            } else {
                pending.result.completeExceptionally(e instanceof SQLException sql
                        ? storeFailure("transaction failed", sql) : e);
            }
            return false;
        }
    }

    /**
     * PostgreSQL broke a lock cycle with another server instance by failing this request: run after the batch it
     * waited on, it may well pass.
     */
    private static boolean isLockConflict(Throwable e) {
        Throwable cause = e instanceof StoreException ? e.getCause() : e;
        return cause instanceof SQLException sql
                && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()));
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void failAll(List<Pending<?>> batch, Throwable failure) {
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
        /** Times it was a deadlock victim; only the writer touches it. */
        int conflicts;
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
