package io.omniroute.server;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The API contract on an H2 file database, as the embedded default runs it. */
class ServerContractH2IT extends ServerContract {

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
