package io.omniroute.server;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The SHIP_CONFIRM contract on an H2 file database. */
class ShipConfirmContractH2IT extends ShipConfirmContract {

    @TempDir
    static Path folder;

    @Override
    TestServer startServer() throws Exception {
        return TestServer.start(folder, "jdbc:h2:file:" + folder.resolve("server"), "sa", "");
    }

    @BeforeAll
    void startH2() throws Exception {
        start();
    }
}
