package io.omniroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Sku;
import io.omniroute.server.ApiClient.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** SHIP_CONFIRM over real HTTP: a WMS reports an order shipped; subclasses run it on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShipConfirmContract {

    /** Where the test orders are delivered: New York, as in {@link TestServer}'s order bodies. */
    private static final double LAT = 40.7;
    private static final double LON = -74.0;

    TestServer server;
    ApiClient api;
    private final Set<String> usedSkus = new HashSet<>();
    private int orders;

    abstract TestServer startServer() throws Exception;

    void start() throws Exception {
        server = startServer();
        api = server.api;
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shipConfirmCommitsTheReservedUnitsAndShipsTheOrder() {
        String planner = api.login("plan");
        JsonNode order = createShipOrder(planner, 2);
        JsonNode allocation = order.get("allocations").get(0);
        String node = allocation.get("node_id").asText();
        String sku = allocation.get("sku").asText();

        Reply reply = command(planner, id(order), 1);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("version").asLong()).isEqualTo(2);
        JsonNode stock = inventoryIn(reply, node, sku);
        assertThat(stock.get("on_hand").asInt()).isEqualTo(initialOnHand(node, sku) - 2);
        assertThat(stock.get("reserved").asInt()).isZero();
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("status").asText()).isEqualTo("SHIPPED");
        assertThat(after.get("allocations")).isEqualTo(order.get("allocations"));
        assertThat(after.get("events")).extracting(e -> e.get("type").asText() + " by " + e.get("actor").asText())
                .contains("SHIPPED by plan");
    }

    @Test
    void confirmingAShippedOrderAgainIs422NamingItsStatus() {
        String planner = api.login("plan");
        JsonNode order = createShipOrder(planner, 1);
        assertThat(command(planner, id(order), 1).status()).isEqualTo(200);

        Reply again = command(planner, id(order), 2);

        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().get("problems").toString()).contains("SHIPPED", "SOURCED");
    }

    @Test
    void confirmingAPickupOrderIs422() {
        String planner = api.login("plan");
        String sku = freshSku(s -> atpAt(server.storeA, s) > 1);
        Reply created = api.postOnce("/api/v1/orders", planner,
                TestServer.pickupOrderJson("SC-P" + (++orders), server.storeA, sku, 1));
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        Reply reply = command(planner, id(created.json()), 1);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("problems").toString()).contains("PICKUP_COLLECTED");
    }

    @Test
    void storeManagerMayNotConfirmAShipment() {
        JsonNode order = createShipOrder(api.login("plan"), 1);

        Reply reply = command(api.login("storea"), id(order), 1);

        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    }

    @Test
    void sameIdempotencyKeyReplaysTheConfirmationWithoutCommittingTwice() {
        String planner = api.login("plan");
        JsonNode order = createShipOrder(planner, 1);
        String key = UUID.randomUUID().toString();
        String body = commandJson(id(order), 1);

        Reply first = api.post("/api/v1/commands", planner, key, body);
        Reply replay = api.post("/api/v1/commands", planner, key, body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        JsonNode allocation = order.get("allocations").get(0);
        String node = allocation.get("node_id").asText();
        String sku = allocation.get("sku").asText();
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("version").asLong()).isEqualTo(2);
        assertThat(latestInventory(planner, node + "|" + sku).get("on_hand").asInt())
                .isEqualTo(initialOnHand(node, sku) - 1);
    }

    @Test
    void staleExpectedVersionIs409() {
        String planner = api.login("plan");
        JsonNode order = createShipOrder(planner, 1);

        Reply reply = command(planner, id(order), 5);

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.json().get("current").get("version").asLong()).isEqualTo(1);
    }

    // --- helpers ---

    private Reply command(String token, String target, long version) {
        return api.postOnce("/api/v1/commands", token, commandJson(target, version));
    }

    private static String commandJson(String target, long version) {
        return """
                {"type": "SHIP_CONFIRM", "target": "%s", "expected_version": %d, "payload": {},
                 "reason": "left the dock"}
                """.formatted(target, version);
    }

    /** A fully sourced SHIP order of a SKU no other test here has touched, from a node near the customer. */
    private JsonNode createShipOrder(String token, int qty) {
        String sku = freshSku(s -> nearbyShipNodes().stream().anyMatch(n -> atpAt(n, s) > qty + 2));
        Reply reply = api.postOnce("/api/v1/orders", token, TestServer.shipOrderJson("SC-" + (++orders), sku, qty));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).as(reply.body()).isEqualTo("SOURCED");
        return reply.json();
    }

    private static String id(JsonNode order) {
        return order.get("order_id").asText();
    }

    private String freshSku(Predicate<String> fits) {
        String sku = server.scenario.skus().stream().map(Sku::sku).filter(s -> !usedSkus.contains(s)).filter(fits)
                .findFirst().orElseThrow();
        usedSkus.add(sku);
        return sku;
    }

    private List<String> nearbyShipNodes() {
        return server.scenario.nodes().stream().filter(Node::ship)
                .filter(n -> Math.abs(n.lat() - LAT) < 0.5 && Math.abs(n.lon() - LON) < 0.5).map(Node::id).toList();
    }

    private int atpAt(String nodeId, String sku) {
        return server.scenario.inventory().stream().filter(p -> p.nodeId().equals(nodeId) && p.sku().equals(sku))
                .mapToInt(p -> p.onHand() - p.safetyStock()).findFirst().orElse(0);
    }

    private int initialOnHand(String nodeId, String sku) {
        return server.scenario.inventory().stream().filter(p -> p.nodeId().equals(nodeId) && p.sku().equals(sku))
                .mapToInt(InventoryPosition::onHand).findFirst().orElseThrow();
    }

    private static JsonNode inventoryIn(Reply reply, String nodeId, String sku) {
        for (JsonNode change : reply.json().get("changes")) {
            if (change.get("entity").asText().equals("inventory")
                    && change.get("id").asText().equals(nodeId + "|" + sku)) {
                return change.get("data");
            }
        }
        throw new AssertionError("no inventory row of " + nodeId + "|" + sku + " in " + reply.body());
    }

    private JsonNode latestInventory(String token, String id) {
        JsonNode found = null;
        long cursor = 0;
        boolean more = true;
        while (more) {
            JsonNode page = api.get("/api/v1/changes?after=" + cursor + "&limit=10000", token).json();
            for (JsonNode change : page.get("changes")) {
                if (change.get("entity").asText().equals("inventory") && change.get("id").asText().equals(id)) {
                    found = change.get("data");
                }
            }
            cursor = page.get("last_seq").asLong();
            more = page.get("has_more").asBoolean();
        }
        return found;
    }
}
