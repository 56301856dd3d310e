package io.omniroute.console.shell;

import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What every screen's controller is constructed with (the shell's controller factory passes it): the live data,
 * the one task executor, the clock, the navigator, the user's preferences, and where exports go by default.
 */
public record ConsoleContext(ConsoleData data, TaskExecutor executor, Clock clock, Navigator navigator,
        ConsolePreferences preferences, Path exportDir) {

    public ConsoleContext {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(exportDir, "exportDir");
    }
}
