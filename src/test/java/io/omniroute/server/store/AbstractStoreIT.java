package io.omniroute.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a repository test against both databases the server supports: each test method is a
 * {@code @ParameterizedTest @EnumSource(Backend.class)} and asks for a fresh, migrated database with
 * {@link #open(Backend)}. PostgreSQL is a throwaway embedded server, started once per test class; every test gets its
 * own database in it, and its own H2 file.
 */
abstract class AbstractStoreIT {

    enum Backend { H2, POSTGRESQL }

    private static final AtomicInteger NEXT_DATABASE = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @TempDir
    Path folder;

    private final List<Database> opened = new ArrayList<>();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    /** A fresh, migrated database, closed after the test. */
    Database open(Backend backend) {
        return open(newUrl(backend));
    }

    /** Opens (again) the database at the URL, closed after the test. */
    Database open(String url) {
        Database db = Database.open(url, "postgres", "");
        opened.add(db);
        return db;
    }

    /** The URL of a new, empty database. */
    String newUrl(Backend backend) {
        String name = "store" + NEXT_DATABASE.incrementAndGet();
        if (backend == Backend.H2) {
            return "jdbc:h2:file:" + folder.resolve(name).toAbsolutePath();
        }
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " in the embedded PostgreSQL", e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }
}
