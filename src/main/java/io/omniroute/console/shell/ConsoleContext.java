package io.omniroute.console.shell;

import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What every screen's controller is constructed with (the shell's controller factory passes it): the live data,
 * the one task executor, the clock, the navigator, the user's preferences, where exports go by default, and who
 * the user is.
 */
public record ConsoleContext(ConsoleData data, TaskExecutor executor, Clock clock, Navigator navigator,
        ConsolePreferences preferences, Path exportDir, ConsoleUser user) {

    public ConsoleContext {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(exportDir, "exportDir");
        Objects.requireNonNull(user, "user");
    }

    /** A context for a planner named "local": what tests and previews of planner screens need. */
    public ConsoleContext(ConsoleData data, TaskExecutor executor, Clock clock, Navigator navigator,
            ConsolePreferences preferences, Path exportDir) {
        this(data, executor, clock, navigator, preferences, exportDir,
                new ConsoleUser("local", ConsoleUser.PLANNER, Optional.empty()));
    }
}
