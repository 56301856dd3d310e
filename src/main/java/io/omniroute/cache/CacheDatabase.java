package io.omniroute.cache;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's cache file, {@code <dataDir>/cache.mv.db}: a small connection pool over H2, migrated from
 * {@code classpath:db/cache} when opened (never the server's {@code db/migration}), and the one way to run work in a
 * transaction. One process at a time: H2 locks the file while it is open.
 */
public final class CacheDatabase implements AutoCloseable {

    /** The file name under the data folder, without H2's {@code .mv.db}. */
    public static final String FILE_NAME = "cache";

    private static final Logger LOG = LoggerFactory.getLogger(CacheDatabase.class);
    private static final int POOL_SIZE = 4;
    /** H2's "database may be already in use": another process holds the file lock. */
    private static final int H2_FILE_LOCKED = 90020;

    private final HikariDataSource pool;
    private final Path file;

    private CacheDatabase(HikariDataSource pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    /** Opens the cache under the folder, creating both when missing, and migrates its schema. */
    public static CacheDatabase open(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new CacheException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return openFile(dataDir);
    }

    /** Opens a cache that must exist already (tools that only look at it); never creates a file. */
    public static CacheDatabase openExisting(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        if (!Files.isDirectory(dataDir)) {
            throw new CacheException("the data folder " + dataDir + " does not exist: give the folder the console"
                    + " uses with --data-dir");
        }
        if (!Files.exists(dataDir.resolve(FILE_NAME + ".mv.db"))) {
            throw new CacheException("there is no cache in " + dataDir + " (no " + FILE_NAME
                    + ".mv.db): the console creates it when it first syncs");
        }
        return openFile(dataDir);
    }

    /** The JDBC URL of the cache under the folder; see docs/cache.md for why each setting is there. */
    static String url(Path dataDir) {
        // WRITE_DELAY=0: an acknowledged enqueue survives a crash; DB_CLOSE_ON_EXIT=FALSE: the pool closes the file
        return "jdbc:h2:file:" + fileOf(dataDir) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    }

    private static Path fileOf(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    private static CacheDatabase openFile(Path dataDir) {
        String url = url(dataDir);
        // A plain connection first: a locked file fails here with one clear message, before the pool would log a
        // stack trace. It also keeps the database open while the pool starts.
        try (Connection probe = DriverManager.getConnection(url, "sa", "")) {
            HikariDataSource pool = pool(url);
            try {
                Flyway.configure().dataSource(pool).locations("classpath:db/cache").failOnMissingLocations(true)
                        .load().migrate();
            } catch (RuntimeException e) {
                pool.close();
                throw new CacheException("cannot migrate the cache " + fileOf(dataDir) + ": " + e.getMessage(), e);
            }
            LOG.debug("Opened the cache {}", fileOf(dataDir));
            return new CacheDatabase(pool, fileOf(dataDir));
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_FILE_LOCKED) {
                throw new CacheException("the cache " + fileOf(dataDir) + ".mv.db is in use by another process (a"
                        + " running console?): close it, or give another --data-dir", e);
            }
            throw CacheException.of("cannot open the cache " + fileOf(dataDir), e);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("omniroute-cache");
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return new HikariDataSource(config);
    }

    /** The cache file, without H2's {@code .mv.db}. */
    public Path file() {
        return file;
    }

    /**
     * Runs the work in one READ COMMITTED transaction: commits when it returns, rolls back when it throws. An
     * {@link SQLException} comes out wrapped in a {@link CacheException}; any other exception comes out as it is.
     */
    public <T> T inTransaction(CacheWork<T> work) {
        return run(work, false);
    }

    /** Runs work that only reads, in a read-only transaction. A write inside it fails. */
    public <T> T read(CacheWork<T> work) {
        return run(work, true);
    }

    private <T> T run(CacheWork<T> work, boolean readOnly) {
        Objects.requireNonNull(work, "work");
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            try {
                T result = work.run(new CacheTx(connection));
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollback(connection, e);
                throw CacheException.of("a cache transaction failed", e);
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw CacheException.of("the connection to the cache " + file + " failed", e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Closes every pooled connection, and with the last of them the file. */
    @Override
    public void close() {
        pool.close();
    }
}
