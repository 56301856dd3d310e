package io.omniroute.server;

import io.omniroute.server.demo.DemoSettings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the reference server.
 *
 * @param port 0 picks a free port (the embedded default and the tests)
 * @param scenario loaded into an empty database at start
 * @param demo when present, the scenario's orders are replayed and the stores and nodes played (serve --demo)
 */
public record ServerSettings(
        String bind,
        int port,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        Optional<Path> scenario,
        Path usersFile,
        Optional<DemoSettings> demo) {

    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(usersFile, "usersFile");
        Objects.requireNonNull(demo, "demo");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (demo.isPresent() && scenario.isEmpty()) {
            throw new IllegalArgumentException("the demo replays a scenario's orders: it needs a scenario folder");
        }
    }

    /** A server without the demo. */
    public ServerSettings(String bind, int port, String jdbcUrl, String dbUser, String dbPassword,
            Optional<Path> scenario, Path usersFile) {
        this(bind, port, jdbcUrl, dbUser, dbPassword, scenario, usersFile, Optional.empty());
    }

    public ServerSettings withDemo(DemoSettings settings) {
        return new ServerSettings(bind, port, jdbcUrl, dbUser, dbPassword, scenario, usersFile,
                Optional.of(settings));
    }
}
