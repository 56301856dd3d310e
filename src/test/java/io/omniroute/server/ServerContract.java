package io.omniroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.server.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The contract of docs/sync-api.md over real HTTP; subclasses run it on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {

    TestServer server;
    ApiClient api;

    /** Starts {@link #server} on the subclass's database. */
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

    private String stockedSkuAt(String node, int atLeast) {
        return server.scenario.inventory().stream()
                .filter(p -> p.nodeId().equals(node) && p.onHand() - p.safetyStock() >= atLeast)
                .map(InventoryPosition::sku).findFirst().orElseThrow();
    }

    @Test
    void healthAnswersWithoutAToken() {
        Reply reply = api.get("/api/v1/health", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame401() {
        Reply wrong = api.post("/api/v1/sessions", null, null, "{\"user\": \"plan\", \"password\": \"nope\"}");
        Reply unknown = api.post("/api/v1/sessions", null, null, "{\"user\": \"ghost\", \"password\": \"nope\"}");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json().get("error").asText()).isEqualTo(unknown.json().get("error").asText());
    }

    @Test
    void feedNeedsAValidToken() {
        assertThat(api.get("/api/v1/changes", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/changes", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void feedPagesInStrictlyIncreasingSeqWithACursor() {
        String token = api.login("plan");
        JsonNode first = api.get("/api/v1/changes?after=0&limit=50", token).json();
        long cursor = first.get("last_seq").asLong();
        JsonNode second = api.get("/api/v1/changes?after=" + cursor + "&limit=50", token).json();

        assertThat(first.get("has_more").asBoolean()).isTrue();
        List<Long> seqs = new ArrayList<>();
        first.get("changes").forEach(c -> seqs.add(c.get("seq").asLong()));
        second.get("changes").forEach(c -> seqs.add(c.get("seq").asLong()));
        assertThat(seqs).hasSize(100).isSorted().doesNotHaveDuplicates();
        assertThat(seqs.get(50)).isGreaterThan(cursor);
    }

    @Test
    void badFeedParametersAre400() {
        String token = api.login("plan");

        assertThat(api.get("/api/v1/changes?limit=0", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/changes?after=abc", token).status()).isEqualTo(400);
    }

    @Test
    void storeManagerSeesOnlySharedDataAndTheirOwnStore() {
        String token = api.login("storea");
        long cursor = 0;
        boolean more = true;
        while (more) {
            JsonNode page = api.get("/api/v1/changes?after=" + cursor + "&limit=10000", token).json();
            for (JsonNode change : page.get("changes")) {
                JsonNode data = change.get("data");
                switch (change.get("entity").asText()) {
                    case "inventory", "pickup" -> assertThat(data.get("node_id").asText()).isEqualTo(server.storeA);
                    case "order" -> assertThat(data.get("pickup_node_id").asText()).isEqualTo(server.storeA);
                    case "exception" -> assertThat(data.get("node_id").asText()).isEqualTo(server.storeA);
                    default -> assertThat(change.get("entity").asText()).isIn("node", "sku", "rules", "carriers");
                }
            }
            cursor = page.get("last_seq").asLong();
            more = page.get("has_more").asBoolean();
        }
    }

    @Test
    void newOrderIsSourcedAtOnceAndReservesStock() {
        String token = api.login("plan");
        String sku = stockedSkuAt(server.storeA, 1);

        Reply reply = api.postOnce("/api/v1/orders", token, TestServer.pickupOrderJson("T-1", server.storeA, sku, 1));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode order = reply.json();
        assertThat(order.get("status").asText()).isEqualTo("SOURCED");
        assertThat(order.get("allocations").get(0).get("node_id").asText()).isEqualTo(server.storeA);
        JsonNode fetched = api.get("/api/v1/orders/T-1", token).json();
        assertThat(fetched.get("events")).extracting(e -> e.get("type").asText()).contains("CREATED", "SOURCED");
    }

    @Test
    void orderInTheFeedCarriesItsTimeline() {
        String token = api.login("plan");
        String sku = stockedSkuAt(server.storeA, 1);
        api.postOnce("/api/v1/orders", token, TestServer.pickupOrderJson("T-EVENTS", server.storeA, sku, 1));

        JsonNode fed = newestFeedRow(token, "order", "T-EVENTS");

        assertThat(fed.get("data").get("events")).extracting(e -> e.get("type").asText())
                .containsExactly("CREATED", "SOURCED");
        assertThat(fed.get("data").get("events").get(1).get("actor").asText()).isEqualTo("engine");
        assertThat(fed.get("data").get("events")).as("the fed timeline is the stored one, times included")
                .isEqualTo(api.get("/api/v1/orders/T-EVENTS", token).json().get("events"));
    }

    @Test
    void feedCarriesTheRateCardEveryoneSees() {
        JsonNode planners = newestFeedRow(api.login("plan"), "carriers", "current");
        JsonNode stores = newestFeedRow(api.login("storea"), "carriers", "current");

        JsonNode data = planners.get("data");
        assertThat(data.get("zones")).hasSize(server.scenario.zones().size());
        assertThat(data.get("carriers")).hasSize(server.scenario.carriers().size());
        assertThat(data.get("service_levels")).hasSize(server.scenario.serviceLevels().size());
        assertThat(data.get("carriers").get(0).fieldNames()).toIterable().containsExactly("carrier", "service", "zone",
                "base_rate", "per_kg", "transit_days", "max_km");
        assertThat(stores).isEqualTo(planners);
    }

    /** The newest row of the entity the caller's feed holds. */
    private JsonNode newestFeedRow(String token, String entity, String id) {
        JsonNode found = null;
        long cursor = 0;
        boolean more = true;
        while (more) {
            JsonNode page = api.get("/api/v1/changes?after=" + cursor + "&limit=10000", token).json();
            for (JsonNode change : page.get("changes")) {
                if (change.get("entity").asText().equals(entity) && change.get("id").asText().equals(id)) {
                    found = change;
                }
            }
            cursor = page.get("last_seq").asLong();
            more = page.get("has_more").asBoolean();
        }
        assertThat(found).as("a feed row of " + entity + " " + id).isNotNull();
        return found;
    }

    @Test
    void replayWithTheSameKeyReturnsTheFirstResponseWithoutASecondOrder() {
        String token = api.login("plan");
        String sku = stockedSkuAt(server.storeB, 1);
        String key = UUID.randomUUID().toString();
        String body = TestServer.pickupOrderJson("T-2", server.storeB, sku, 1);

        Reply first = api.post("/api/v1/orders", token, key, body);
        Reply again = api.post("/api/v1/orders", token, key, body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void anOrderIdThatExistsIs422AndWritesNothing() {
        String token = api.login("plan");
        String sku = server.scenario.inventory().stream() // the last stocked SKU: the other tests take the first
                .filter(p -> p.nodeId().equals(server.storeB) && p.onHand() - p.safetyStock() >= 2)
                .map(InventoryPosition::sku).reduce((first, last) -> last).orElseThrow();
        String body = TestServer.shipOrderJson("T-6", sku, 1);
        Reply first = api.post("/api/v1/orders", token, UUID.randomUUID().toString(), body);
        long before = api.get("/api/v1/health", null).json().get("last_seq").asLong();

        Reply again = api.post("/api/v1/orders", token, UUID.randomUUID().toString(), body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().get("problems").get(0).get("field").asText()).isEqualTo("order_id");
        assertThat(api.get("/api/v1/health", null).json().get("last_seq").asLong())
                .as("no feed row: no stock moved, no order written").isEqualTo(before);
        assertThat(api.get("/api/v1/orders/T-6", token).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String token = api.login("plan");
        String sku = stockedSkuAt(server.storeA, 1);
        String key = UUID.randomUUID().toString();
        api.post("/api/v1/orders", token, key, TestServer.shipOrderJson("T-3", sku, 1));

        Reply other = api.post("/api/v1/orders", token, key, TestServer.shipOrderJson("T-4", sku, 1));

        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    void missingIdempotencyKeyIs400() {
        String token = api.login("plan");

        Reply reply = api.post("/api/v1/orders", token, null, TestServer.shipOrderJson("T-5", "X", 1));

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void invalidOrderListsEveryProblem() {
        String token = api.login("plan");
        String body = """
                {"order_id": "T-6", "channel": "WEB", "fulfillment": "SHIP", "service_level": "WARP",
                 "lat": 140, "lon": -74.0, "lines": [{"line_no": 1, "sku": "NO-SUCH", "qty": 0}]}
                """;

        Reply reply = api.postOnce("/api/v1/orders", token, body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("problems")).extracting(p -> p.get("field").asText())
                .contains("service_level", "lat", "lines[0].sku", "lines[0].qty");
    }

    @Test
    void malformedJsonIs400AndTheServerKeepsServing() {
        String token = api.login("plan");

        Reply reply = api.postOnce("/api/v1/orders", token, "{\"order_id\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/health", null).status()).isEqualTo(200);
    }

    @Test
    void oversizedBodyIs413() {
        String token = api.login("plan");

        Reply reply = api.postOnce("/api/v1/orders", token, "{\"order_id\": \"" + "x".repeat(2 << 20) + "\"}");

        assertThat(reply.status()).isEqualTo(413);
    }

    @Test
    void unknownOrderIs404() {
        assertThat(api.get("/api/v1/orders/NOPE", api.login("plan")).status()).isEqualTo(404);
    }

    @Test
    void storeManagerGets404ForAnotherStoresOrderAndCannotCreateOrders() {
        String planner = api.login("plan");
        String sku = stockedSkuAt(server.storeB, 1);
        api.postOnce("/api/v1/orders", planner, TestServer.pickupOrderJson("T-7", server.storeB, sku, 1));
        String storeA = api.login("storea");

        assertThat(api.get("/api/v1/orders/T-7", storeA).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/T-7", api.login("storeb")).status()).isEqualTo(200);
        assertThat(api.postOnce("/api/v1/orders", storeA, TestServer.shipOrderJson("T-8", sku, 1)).status())
                .isEqualTo(403);
    }

    @Test
    void streamSendsTheBacklogThenLiveChanges() throws Exception {
        String token = api.login("plan");
        long now = api.get("/api/v1/health", null).json().get("last_seq").asLong();
        String sku = stockedSkuAt(server.storeA, 1);
        var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.util.stream.Stream<String> lines = api.stream("/api/v1/changes/stream?after=" + (now - 3), token)) {
            var iterator = lines.iterator();
            var seen = executor.submit(() -> {
                List<String> data = new ArrayList<>();
                while (iterator.hasNext()) {
                    String line = iterator.next();
                    if (line.startsWith("data:")) {
                        data.add(line.substring(5).trim());
                        if (line.contains("\"T-S1\"")) {
                            return data;
                        }
                    }
                }
                return data;
            });
            api.postOnce("/api/v1/orders", token, TestServer.shipOrderJson("T-S1", sku, 1));

            List<String> data = seen.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(data.size()).isGreaterThanOrEqualTo(4);
            List<Long> seqs = data.stream().map(d -> json(d).get("seq").asLong()).toList();
            assertThat(seqs).isSorted().doesNotHaveDuplicates();
            assertThat(seqs.get(0)).isEqualTo(now - 2);
        } finally {
            executor.shutdownNow();
        }
    }

    private static JsonNode json(String text) {
        try {
            return Json.tree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void streamNeedsAToken() {
        assertThat(api.get("/api/v1/changes/stream", null).status()).isEqualTo(401);
    }
}
