package io.omniroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.ApiClient.Reply;
import io.omniroute.server.auth.MutableClock;
import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The no-show hold over real HTTP, on a server whose clock the test moves: a READY pickup is held 72 hours for its
 * customer. Subclasses run it on H2 and on PostgreSQL. (TestServer runs on the system clock, hence a server of its
 * own here.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PickupHoldContract {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration HOLD = Duration.ofHours(72);

    private final MutableClock clock = new MutableClock(START);
    private Scenario scenario;
    private String store;
    private OmnirouteServer server;
    private ApiClient api;
    private AutoCloseable database = () -> { };
    private int orders;

    /** The JDBC URL, user and password of a fresh database, which the subclass closes through the returned handle. */
    abstract Connection database(Path folder) throws IOException;

    record Connection(String url, String user, String password, AutoCloseable closer) {
    }

    void start(Path folder) throws IOException {
        scenario = ScenarioGenerator.generate(GeneratorSettings.of(40, 300, 200, 2, 11));
        Path scenarioDir = folder.resolve("scenario");
        ScenarioWriter.write(scenario, scenarioDir);
        store = scenario.nodes().stream().filter(n -> n.type() == NodeType.STORE && n.pickup()).map(Node::id)
                .findFirst().orElseThrow();
        PasswordHasher hasher = PasswordHasher.create();
        Path usersFile = folder.resolve("users.tsv");
        UserFile.empty()
                .with(new User("plan", Role.PLANNER, Optional.empty(), hasher.hash(TestServer.PASSWORD.toCharArray())))
                .with(new User("storea", Role.STORE_MANAGER, Optional.of(store),
                        hasher.hash(TestServer.PASSWORD.toCharArray())))
                .write(usersFile);
        Connection connection = database(folder);
        database = connection.closer();
        server = OmnirouteServer.start(new ServerSettings("127.0.0.1", 0, connection.url(), connection.user(),
                connection.password(), Optional.of(scenarioDir), usersFile), clock);
        api = new ApiClient("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        database.close();
    }

    @Test
    void noShowIsRefusedUntilTheHoldEndsAndAppliedFromThen() {
        String orderId = readyPickup();
        Instant holdEnds = clock.instant().plus(HOLD);

        clock.advance(HOLD.minusSeconds(1));
        Reply early = command("PICKUP_NO_SHOW", orderId, 3);
        clock.advance(Duration.ofSeconds(1));
        Reply onTime = command("PICKUP_NO_SHOW", orderId, 3);

        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("error").asText()).contains("until " + holdEnds);
        assertThat(onTime.status()).as(onTime.body()).isEqualTo(200);
        JsonNode order = api.get("/api/v1/orders/" + orderId, api.login("plan")).json();
        assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.get("lines").get(0).get("cancelled_qty").asInt()).isEqualTo(1);
        assertThat(order.get("allocations")).isEmpty();
    }

    @Test
    void theHoldCountsFromWhenThePickupBecameReadyNotFromTheOrder() {
        String orderId = createPickup();
        clock.advance(Duration.ofHours(100));
        command("PICKUP_ACCEPT", orderId, 1);
        Instant readyAt = clock.instant();
        Reply ready = command("PICKUP_READY", orderId, 2);

        clock.advance(Duration.ofHours(71));
        Reply reply = command("PICKUP_NO_SHOW", orderId, 3);

        assertThat(pickupChangeIn(ready, orderId).get("ready_at").asText()).isEqualTo(readyAt.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo("status");
    }

    /** The data of the reply's pickup feed row of the order. */
    private static JsonNode pickupChangeIn(Reply reply, String orderId) {
        for (JsonNode change : reply.json().get("changes")) {
            if (change.get("entity").asText().equals("pickup") && change.get("id").asText().equals(orderId)) {
                return change.get("data");
            }
        }
        throw new AssertionError("no pickup row of " + orderId + " in " + reply.body());
    }

    /** A pickup of one unit at the store, made READY now. */
    private String readyPickup() {
        String orderId = createPickup();
        assertThat(command("PICKUP_ACCEPT", orderId, 1).status()).isEqualTo(200);
        assertThat(command("PICKUP_READY", orderId, 2).status()).isEqualTo(200);
        return orderId;
    }

    private String createPickup() {
        String sku = scenario.inventory().stream()
                .filter(p -> p.nodeId().equals(store) && p.onHand() - p.safetyStock() >= 1)
                .skip(orders).findFirst().orElseThrow().sku();
        String orderId = "H-" + (++orders);
        Reply reply = api.postOnce("/api/v1/orders", api.login("plan"),
                TestServer.pickupOrderJson(orderId, store, sku, 1));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return orderId;
    }

    /** Sends the command as the store's manager, logging in afresh: a moved clock outlives a session token. */
    private Reply command(String type, String orderId, long version) {
        return api.postOnce("/api/v1/commands", api.login("storea"), """
                {"type": "%s", "target": "%s", "expected_version": %d, "payload": {}, "reason": "hold test"}
                """.formatted(type, orderId, version));
    }
}
