package io.omniroute.server;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A real server on loopback over a small generated scenario, with a planner, an admin and two store managers
 * (each of a different store that offers pickup).
 */
final class TestServer implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";

    final Scenario scenario;
    final OmnirouteServer server;
    final String storeA;
    final String storeB;
    final ApiClient api;
    /** The database behind the server when the test started one of its own; closed with the server. */
    private AutoCloseable ownDatabase = () -> { };

    private TestServer(Scenario scenario, OmnirouteServer server, String storeA, String storeB) {
        this.scenario = scenario;
        this.server = server;
        this.storeA = storeA;
        this.storeB = storeB;
        this.api = new ApiClient("http://127.0.0.1:" + server.port());
    }

    static TestServer start(Path folder, String jdbcUrl, String dbUser, String dbPassword) throws IOException {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(40, 300, 200, 2, 11));
        Path scenarioDir = folder.resolve("scenario");
        ScenarioWriter.write(scenario, scenarioDir);
        List<Node> stores = scenario.nodes().stream().filter(n -> n.type() == NodeType.STORE && n.pickup()).toList();
        String storeA = stores.get(0).id();
        String storeB = stores.get(1).id();
        PasswordHasher hasher = PasswordHasher.create();
        UserFile users = UserFile.empty()
                .with(new User("plan", Role.PLANNER, Optional.empty(), hasher.hash(PASSWORD.toCharArray())))
                .with(new User("admin", Role.ADMIN, Optional.empty(), hasher.hash(PASSWORD.toCharArray())))
                .with(new User("storea", Role.STORE_MANAGER, Optional.of(storeA), hasher.hash(PASSWORD.toCharArray())))
                .with(new User("storeb", Role.STORE_MANAGER, Optional.of(storeB), hasher.hash(PASSWORD.toCharArray())));
        Path usersFile = folder.resolve("users.tsv");
        users.write(usersFile);
        OmnirouteServer server = OmnirouteServer.start(new ServerSettings("127.0.0.1", 0, jdbcUrl, dbUser, dbPassword,
                Optional.of(scenarioDir), usersFile), Clock.systemUTC());
        return new TestServer(scenario, server, storeA, storeB);
    }

    /** The same server on a throwaway real PostgreSQL, started from the binaries Maven brings. */
    static TestServer startOnPostgres(Path folder) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try {
            TestServer server = start(folder, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            server.ownDatabase = postgres;
            return server;
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** A pickup order's fields for a store, as the API expects them. */
    static String pickupOrderJson(String orderId, String store, String sku, int qty) {
        return """
                {"order_id": "%s", "channel": "WEB", "fulfillment": "%s", "service_level": "STANDARD",
                 "lat": 40.7, "lon": -74.0, "zip": "10001", "pickup_node_id": "%s", "customer_name": "Ada Park",
                 "lines": [{"line_no": 1, "sku": "%s", "qty": %d}]}
                """.formatted(orderId, Fulfillment.PICKUP, store, sku, qty);
    }

    static String shipOrderJson(String orderId, String sku, int qty) {
        return """
                {"order_id": "%s", "channel": "WEB", "fulfillment": "SHIP", "service_level": "STANDARD",
                 "lat": 40.7, "lon": -74.0, "zip": "10001", "customer_name": "Ada Park",
                 "lines": [{"line_no": 1, "sku": "%s", "qty": %d}]}
                """.formatted(orderId, sku, qty);
    }

    @Override
    public void close() {
        server.close();
        try {
            ownDatabase.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the test database", e);
        }
    }
}
