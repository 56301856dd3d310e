package io.omniroute.server;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The SHIP_CONFIRM contract on a throwaway real PostgreSQL, started from the binaries Maven brings. */
class ShipConfirmContractPostgresIT extends ShipConfirmContract {

    @TempDir
    static Path folder;

    @Override
    TestServer startServer() throws Exception {
        return TestServer.startOnPostgres(folder);
    }

    @BeforeAll
    void startPostgres() throws Exception {
        start();
    }
}
