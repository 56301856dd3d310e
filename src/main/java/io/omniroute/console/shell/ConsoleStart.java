package io.omniroute.console.shell;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the window needs to start: where the data folder is (preferences, exports) and how to open the backend.
 *
 * @param description the backend in one phrase for the start screen ("the embedded sample network", a URL)
 */
public record ConsoleStart(Path dataDir, BackendOpener opener, String description) {

    public ConsoleStart {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(description, "description");
    }
}
