package io.omniroute.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The commands contract on a throwaway real PostgreSQL. */
class CommandsContractPostgresIT extends CommandsContract {

    @TempDir
    static Path folder;
    private EmbeddedPostgres postgres;

    @Override
    TestServer startServer() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        return TestServer.start(folder, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @BeforeAll
    void startPostgres() throws Exception {
        start();
    }

    @AfterAll
    void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
