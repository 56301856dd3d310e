package io.omniroute.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the reference server.
 *
 * @param port 0 picks a free port (the embedded default and the tests)
 * @param scenario loaded into an empty database at start
 */
public record ServerSettings(
        String bind,
        int port,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        Optional<Path> scenario,
        Path usersFile) {

    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(usersFile, "usersFile");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
    }
}
