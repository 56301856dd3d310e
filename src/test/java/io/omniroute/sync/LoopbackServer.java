package io.omniroute.sync;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.OmnirouteServer;
import io.omniroute.server.ServerSettings;
import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The real reference server on loopback over H2 and a small generated scenario, with two planners and a store
 * manager; the sync and console tests share it.
 */
public final class LoopbackServer implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery";
    /** A store manager of {@link #pickupStore(Scenario)}. */
    public static final String STORE_MANAGER = "store";

    public final Scenario scenario;
    private final ServerSettings settings;
    private OmnirouteServer server;
    private final int port;

    private LoopbackServer(Scenario scenario, ServerSettings settings, OmnirouteServer server) {
        this.scenario = scenario;
        this.settings = settings;
        this.server = server;
        this.port = server.port();
    }

    public static LoopbackServer start(Path folder) throws IOException {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(20, 100, 50, 2, 11));
        Path scenarioDir = folder.resolve("scenario");
        ScenarioWriter.write(scenario, scenarioDir);
        PasswordHasher hasher = PasswordHasher.create();
        Path users = folder.resolve("users.tsv");
        UserFile.empty()
                .with(new User("plan", Role.PLANNER, Optional.empty(), hasher.hash(PASSWORD.toCharArray())))
                .with(new User("other", Role.PLANNER, Optional.empty(), hasher.hash(PASSWORD.toCharArray())))
                .with(new User(STORE_MANAGER, Role.STORE_MANAGER, Optional.of(pickupStore(scenario)),
                        hasher.hash(PASSWORD.toCharArray())))
                .write(users);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, "jdbc:h2:file:" + folder.resolve("server"),
                "sa", "", Optional.of(scenarioDir), users);
        return new LoopbackServer(scenario, settings, OmnirouteServer.start(settings, Clock.systemUTC()));
    }

    /** The first node customers can collect from: the store of the user {@value #STORE_MANAGER}. */
    public static String pickupStore(Scenario scenario) {
        return scenario.nodes().stream().filter(Node::pickup).map(Node::id).findFirst().orElseThrow();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void stop() {
        server.close();
        server = null;
    }

    /** Starts again on the same port and database, as a restarted backend would. */
    public void restart() throws IOException {
        server = OmnirouteServer.start(new ServerSettings(settings.bind(), port, settings.jdbcUrl(),
                settings.dbUser(), settings.dbPassword(), settings.scenario(), settings.usersFile()),
                Clock.systemUTC());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
