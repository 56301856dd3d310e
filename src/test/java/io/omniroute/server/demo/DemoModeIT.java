package io.omniroute.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.engine.model.InventoryPosition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A demo server at a high rate and a quick pace, watched through {@code GET /api/v1/changes} as a console would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoModeIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path folder;

    private DemoServer server;
    private final List<JsonNode> feed = new ArrayList<>();
    private final List<Integer> ordersSeenPerPoll = new ArrayList<>();

    @BeforeAll
    void watchTheDemoUntilEveryStepHasHappened() throws IOException, InterruptedException {
        server = DemoServer.start(folder, new DemoSettings(20, 7, DemoPace.every(Duration.ofMillis(200))));
        Instant deadline = Instant.now().plus(PATIENCE);
        long cursor = 0;
        while (!sawEveryStep() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            List<JsonNode> rows = server.changesAfter(cursor);
            feed.addAll(rows);
            cursor = rows.isEmpty() ? cursor : rows.get(rows.size() - 1).get("seq").asLong();
            ordersSeenPerPoll.add(rowsOf("order").stream().map(r -> r.get("id").asText())
                    .collect(Collectors.toSet()).size());
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void replayedOrdersKeepArrivingInTheChangeFeed() {
        assertThat(ordersSeenPerPoll.get(ordersSeenPerPoll.size() - 1)).isGreaterThan(ordersSeenPerPoll.get(0))
                .isGreaterThanOrEqualTo(20);
        JsonNode first = server.get("/api/v1/orders/" + rowsOf("order").get(0).get("id").asText());
        assertThat(first.get("events").get(0).get("actor").asText()).isEqualTo(DemoActors.SHOP);
    }

    @Test
    void storesTakePickupsThroughAcceptedAndReadyToCollected() {
        String collected = rowsOf("pickup").stream().filter(r -> status(r).equals("COLLECTED"))
                .map(r -> r.get("id").asText()).findFirst().orElseThrow();

        List<String> steps = rowsOf("pickup").stream().filter(r -> r.get("id").asText().equals(collected))
                .map(DemoModeIT::status).toList();

        assertThat(steps).containsSubsequence("NEW", "ACCEPTED", "READY", "COLLECTED");
        JsonNode order = server.get("/api/v1/orders/" + collected);
        assertThat(order.get("status").asText()).isEqualTo("COLLECTED");
        assertThat(order.get("events")).filteredOn(e -> e.get("type").asText().equals("COLLECTED"))
                .extracting(e -> e.get("actor").asText()).singleElement().asString().startsWith("demo-store-");
    }

    @Test
    void shippedOrdersTookTheirUnitsOffHand() {
        JsonNode shipped = rowsOf("order").stream().filter(r -> status(r).equals("SHIPPED")).findFirst()
                .orElseThrow().get("data");

        for (JsonNode allocation : shipped.get("allocations")) {
            String position = allocation.get("node_id").asText() + "|" + allocation.get("sku").asText();
            JsonNode stock = latest("inventory", position);
            assertThat(stock.get("on_hand").asInt()).as(position)
                    .isLessThanOrEqualTo(initialOnHand(position) - allocation.get("qty").asInt());
        }
        JsonNode order = server.get("/api/v1/orders/" + shipped.get("order_id").asText());
        assertThat(order.get("events")).extracting(e -> e.get("type").asText() + " by " + e.get("actor").asText())
                .contains("SHIPPED by " + DemoActors.WAREHOUSE);
    }

    @Test
    void theApiKeepsServingWhileTheDemoRuns() {
        assertThat(server.healthStatus()).isEqualTo(200);
    }

    private boolean sawEveryStep() {
        Set<String> pickupSteps = rowsOf("pickup").stream().map(DemoModeIT::status).collect(Collectors.toSet());
        boolean shipped = rowsOf("order").stream().anyMatch(r -> status(r).equals("SHIPPED"));
        return shipped && pickupSteps.containsAll(Set.of("ACCEPTED", "READY", "COLLECTED"));
    }

    private List<JsonNode> rowsOf(String entity) {
        return feed.stream().filter(r -> r.get("entity").asText().equals(entity)).toList();
    }

    private JsonNode latest(String entity, String id) {
        List<JsonNode> rows = rowsOf(entity).stream().filter(r -> r.get("id").asText().equals(id)).toList();
        return rows.get(rows.size() - 1).get("data");
    }

    private int initialOnHand(String position) {
        return server.scenario.inventory().stream().filter(p -> (p.nodeId() + "|" + p.sku()).equals(position))
                .mapToInt(InventoryPosition::onHand).findFirst().orElseThrow();
    }

    private static String status(JsonNode row) {
        return row.get("data").get("status").asText();
    }
}
