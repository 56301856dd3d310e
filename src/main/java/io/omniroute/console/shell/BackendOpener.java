package io.omniroute.console.shell;

import io.omniroute.backend.ConsoleBackend;
import io.omniroute.backend.StartProgress;

/** Opens the console's backend (embedded or remote); blocking, so the console calls it in the background. */
@FunctionalInterface
public interface BackendOpener {

    ConsoleBackend open(StartProgress progress) throws Exception;
}
