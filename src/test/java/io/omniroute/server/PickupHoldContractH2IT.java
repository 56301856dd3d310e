package io.omniroute.server;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The no-show hold on an H2 file database. */
class PickupHoldContractH2IT extends PickupHoldContract {

    @TempDir
    static Path folder;

    @Override
    Connection database(Path in) {
        return new Connection("jdbc:h2:file:" + in.resolve("server"), "sa", "", () -> { });
    }

    @BeforeAll
    void startH2() throws IOException {
        start(folder);
    }
}
