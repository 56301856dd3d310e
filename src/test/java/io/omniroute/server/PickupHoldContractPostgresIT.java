package io.omniroute.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The no-show hold on a throwaway real PostgreSQL, started from the binaries Maven brings. */
class PickupHoldContractPostgresIT extends PickupHoldContract {

    @TempDir
    static Path folder;

    @Override
    Connection database(Path in) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", postgres);
    }

    @BeforeAll
    void startPostgres() throws IOException {
        start(folder);
    }
}
