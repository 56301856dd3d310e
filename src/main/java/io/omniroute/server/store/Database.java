package io.omniroute.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's database: a connection pool over H2 or PostgreSQL, migrated to the current schema when opened, and
 * the one way to run work in a transaction.
 *
 * <p>Every write transaction goes through one writer that commits them in batches ({@link GroupCommit} says why);
 * reads ({@link #read}) run side by side on their callers' threads.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 24;

    private final HikariDataSource pool;
    private final String productName;
    private final GroupCommit writer;
    /** Reads never make anything available; their transactions get an epoch of their own that nothing bumps. */
    private final GrowthEpoch readsNeverGrow = new GrowthEpoch();

    private Database(HikariDataSource pool, String productName) {
        this.pool = pool;
        this.productName = productName;
        this.writer = new GroupCommit(pool, productName, "H2".equals(productName));
    }

    /**
     * Opens a pool on the URL and migrates the schema. An H2 file URL gets {@code WRITE_DELAY=0} (an acknowledged
     * commit survives a kill -9), {@code DB_CLOSE_ON_EXIT=FALSE} (the pool, not a JVM hook, closes the file), a
     * 10 s {@code LOCK_TIMEOUT} and a 64-statement {@code QUERY_CACHE_SIZE}, each unless the URL already sets it.
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        HikariConfig config = new HikariConfig();
        config.setPoolName("omniroute-store");
        config.setJdbcUrl(withH2Settings(jdbcUrl));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // lets the driver send a batch of inserts as multi-row statements: several times faster imports
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").failOnMissingLocations(true)
                    .load().migrate();
            String product = productName(pool);
            LOG.info("Opened the {} database and migrated its schema", product);
            return new Database(pool, product);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot read the database product name: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    static String withH2Settings(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return jdbcUrl;
        }
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        StringBuilder url = new StringBuilder(jdbcUrl);
        boolean inMemory = upper.startsWith("JDBC:H2:MEM:");
        if (!inMemory && !upper.contains(";WRITE_DELAY=")) {
            url.append(";WRITE_DELAY=0");
        }
        if (!upper.contains(";DB_CLOSE_ON_EXIT=")) {
            url.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        if (!upper.contains(";LOCK_TIMEOUT=")) {
            url.append(";LOCK_TIMEOUT=10000");
        }
        if (!upper.contains(";QUERY_CACHE_SIZE=")) {
            // a request prepares a few dozen distinct statements; H2 caches 8 parsed ones per session by default
            url.append(";QUERY_CACHE_SIZE=64");
        }
        return url.toString();
    }

    private static String productName(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    /** "H2" or "PostgreSQL". */
    public String productName() {
        return productName;
    }

    /**
     * Runs the work in one READ COMMITTED transaction: commits when it returns, rolls back when it throws. An
     * {@link SQLException} comes out wrapped in a {@link StoreException}; any other exception comes out as it is.
     * The work shares its transaction with other work of its batch, each in its own savepoint: it still returns only
     * once its changes committed, and a throw still undoes exactly its own changes.
     */
    public <T> T inTransaction(TxWork<T> work) {
        Objects.requireNonNull(work, "work");
        return writer.run(work);
    }

    /**
     * A counter of committed batches that may have made stock, shipping capacity or rules available. Read it before
     * a read snapshot; inside a write transaction, {@link Tx#nothingGrewSince(long)} tells whether a decision taken
     * on that snapshot may still be optimal.
     */
    public long growthEpoch() {
        return writer.growthEpoch();
    }

    /**
     * Runs work that only reads, in a read-only transaction that never waits for writers. A write inside it fails.
     */
    public <T> T read(TxWork<T> work) {
        Objects.requireNonNull(work, "work");
        return run(work, true);
    }

    /**
     * Runs work that sends a single SELECT. On PostgreSQL it runs outside any transaction: one round trip, where
     * {@link #read} takes two (its COMMIT is one), and one statement sees one consistent snapshot all the same. On H2
     * it is a {@link #read}. Work that sends more than one statement, or writes, belongs in {@link #read} or
     * {@link #inTransaction}: on PostgreSQL nothing here stops a write, which would commit at once.
     */
    public <T> T readStatement(TxWork<T> work) {
        Objects.requireNonNull(work, "work");
        // H2 runs in this process: no round trip to save, and its statements outside a transaction cost it more
        return run(work, true, "PostgreSQL".equals(productName));
    }

    private <T> T run(TxWork<T> work, boolean readOnly) {
        return run(work, readOnly, false);
    }

    private <T> T run(TxWork<T> work, boolean readOnly, boolean autoCommit) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(autoCommit);
            connection.setReadOnly(readOnly);
            try {
                Tx tx = new Tx(connection, false, "PostgreSQL".equals(productName), null, readsNeverGrow);
                T result = work.run(tx);
                if (!autoCommit) {
                    tx.flushPending();
                    connection.commit();
                }
                return result;
            } catch (SQLException e) {
                rollback(connection, e);
                throw new StoreException("transaction failed on " + productName + ": " + e.getMessage()
                        + " (SQLState " + e.getSQLState() + ")", e);
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("the connection to the " + productName + " database failed: "
                    + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            if (connection.getAutoCommit()) {
                return; // a single statement outside a transaction: nothing to roll back
            }
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Closes every pooled connection; an H2 file is closed with the last of them. */
    @Override
    public void close() {
        writer.close();
        pool.close();
    }
}
