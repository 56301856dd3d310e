package io.omniroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.sourcing.GreatCircle;
import io.omniroute.server.ApiClient.Reply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /api/v1/commands} over real HTTP; subclasses run it on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CommandsContract {

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
    void rerouteMovesTheReservationFromTheOldNodeToTheNew() {
        String planner = api.login("plan");
        Move move = shipOrderToMove(planner);
        JsonNode order = move.order();
        String sku = move.sku();
        String from = move.from();
        String to = move.to();

        Reply reply = command(planner, "REROUTE", id(order), 1, reroutePayload(to, 1));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("version").asLong()).isEqualTo(2);
        assertThat(inventoryIn(reply, from, sku).get("atp").asInt()).isEqualTo(initialAtp(from, sku));
        assertThat(inventoryIn(reply, to, sku).get("atp").asInt()).isEqualTo(initialAtp(to, sku) - 1);
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("allocations").get(0).get("node_id").asText()).isEqualTo(to);
        assertThat(after.get("status").asText()).isEqualTo("SOURCED");
        assertThat(after.get("events")).extracting(e -> e.get("type").asText()).contains("REROUTED");
    }

    @Test
    void appliedCommandReturnsTheFeedRowsItWrote() {
        String planner = api.login("plan");
        Move move = shipOrderToMove(planner);
        JsonNode order = move.order();
        String to = move.to();
        long before = lastSeq();

        Reply reply = command(planner, "REROUTE", id(order), 1, reroutePayload(to, 1));

        JsonNode feed = api.get("/api/v1/changes?after=" + before, planner).json().get("changes");
        assertThat(reply.json().get("changes")).isEqualTo(feed);
        assertThat(StreamSupport.stream(feed.spliterator(), false).map(c -> c.get("entity").asText()))
                .contains("order", "inventory");
        JsonNode fedOrder = StreamSupport.stream(feed.spliterator(), false)
                .filter(c -> c.get("entity").asText().equals("order")).findFirst().orElseThrow().get("data");
        ObjectNode stored = (ObjectNode) api.get("/api/v1/orders/" + id(order), planner).json();
        stored.remove("version");
        assertThat(fedOrder).as("the order as the command fed it, and as it was stored").isEqualTo(stored);
    }

    @Test
    void rerouteIntoTooLittleStockIs422AndChangesNothing() {
        String planner = api.login("plan");
        String sku = freshSku(s -> !nearbyShipNodesWith(s, 1).isEmpty() && nearbyShipNodeWithout(s).isPresent());
        JsonNode order = createShipOrder(planner, sku, 1);
        String empty = nearbyShipNodeWithout(sku).orElseThrow();
        long before = lastSeq();

        Reply reply = command(planner, "REROUTE", id(order), 1, reroutePayload(empty, 1));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("problems").toString()).contains(empty, sku, "ATP");
        assertThat(lastSeq()).isEqualTo(before);
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("allocations")).isEqualTo(order.get("allocations"));
    }

    @Test
    void invalidReroutePayloadListsEveryProblem() {
        String planner = api.login("plan");
        JsonNode order = createShipOrder(planner, freshSku(s -> nearbyShipNodesWith(s, 1).size() >= 1), 1);
        String payload = """
                {"lines": [{"line_no": 1, "qty": 5, "node_id": "NO-SUCH-NODE"}, {"line_no": 9, "qty": 1,
                 "node_id": "%s"}], "carrier": "UPS"}
                """.formatted(nearbyShipNodes().get(0));

        Reply reply = command(planner, "REROUTE", id(order), 1, payload);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("problems")).extracting(p -> p.get("field").asText())
                .contains("lines[0].qty", "lines[0].node_id", "lines[1].line_no", "service");
    }

    @Test
    void staleExpectedVersionIs409WithTheCurrentOrder() {
        String planner = api.login("plan");
        String sku = freshSku(s -> nearbyShipNodesWith(s, 1).size() >= 2);
        JsonNode order = createShipOrder(planner, sku, 1);
        String to = nearbyShipNodesWith(sku, 1).get(0);

        Reply reply = command(planner, "REROUTE", id(order), 7, reroutePayload(to, 1));

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.json().get("status").asText()).isEqualTo("CONFLICT");
        assertThat(reply.json().get("current").get("order_id").asText()).isEqualTo(id(order));
        assertThat(reply.json().get("current").get("version").asLong()).isEqualTo(1);
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstResponseWithoutASecondEffect() {
        String planner = api.login("plan");
        Move move = shipOrderToMove(planner);
        JsonNode order = move.order();
        String sku = move.sku();
        String to = move.to();
        String key = UUID.randomUUID().toString();
        String body = commandJson("REROUTE", id(order), 1, reroutePayload(to, 1));

        Reply first = api.post("/api/v1/commands", planner, key, body);
        Reply again = api.post("/api/v1/commands", planner, key, body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        JsonNode events = api.get("/api/v1/orders/" + id(order), planner).json().get("events");
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("REROUTED")).hasSize(1);
        assertThat(latest(planner, "inventory", to + "|" + sku).get("data").get("reserved").asInt()).isEqualTo(1);
    }

    @Test
    void anotherUsersIdempotencyKeyIs422AndShowsNothingOfTheFirstResponse() {
        String planner = api.login("plan");
        Move move = shipOrderToMove(planner);
        JsonNode order = move.order();
        String to = move.to();
        String key = UUID.randomUUID().toString();
        String body = commandJson("REROUTE", id(order), 1, reroutePayload(to, 1));
        Reply first = api.post("/api/v1/commands", planner, key, body);

        Reply other = api.post("/api/v1/commands", api.login("admin"), key, body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.body()).contains("another user").doesNotContain(to);
    }

    @Test
    void storeManagerMayNotReroute() {
        String sku = freshSku(s -> nearbyShipNodesWith(s, 1).size() >= 2);
        JsonNode order = createShipOrder(api.login("plan"), sku, 1);

        Reply reply = command(api.login("storea"), "REROUTE", id(order), 1,
                reroutePayload(nearbyShipNodesWith(sku, 1).get(0), 1));

        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    }

    @Test
    void storeManagerGets404ForAnotherStoresPickup() {
        String sku = freshSku(s -> initialAtp(server.storeB, s) >= 1);
        JsonNode order = createPickupOrder(api.login("plan"), server.storeB, sku);

        Reply reply = command(api.login("storea"), "PICKUP_ACCEPT", id(order), 1, "{}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
    }

    @Test
    void sixteenConcurrentReroutesIntoAScarcePositionNeverOversell() throws Exception {
        String planner = api.login("plan");
        String scarce = nearbyShipNodes().stream()
                .filter(n -> server.scenario.inventory().stream().anyMatch(p -> p.nodeId().equals(n)
                        && !usedSkus.contains(p.sku()) && atp(p) >= 1 && atp(p) <= 4))
                .findFirst().orElseThrow();
        String sku = freshSku(s -> initialAtp(scarce, s) >= 1 && initialAtp(scarce, s) <= 4);
        List<JsonNode> created = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            created.add(createShipOrder(planner, sku, 1));
        }
        int atpBefore = currentAtp(planner, scarce, sku);
        List<String> alreadyThere = created.stream().filter(o -> allocatedOnlyAt(o, scarce)).map(this::id).toList();
        assertThat(atpBefore).as("more orders to move than units left").isLessThan(16 - alreadyThere.size());

        List<Callable<Reply>> reroutes = new ArrayList<>();
        for (JsonNode order : created) {
            reroutes.add(() -> command(planner, "REROUTE", id(order), 1, reroutePayload(scarce, 1)));
        }
        List<Reply> replies = concurrently(reroutes);

        List<String> applied = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            assertThat(replies.get(i).status()).as(replies.get(i).body()).isIn(200, 422);
            if (replies.get(i).status() == 200) {
                applied.add(id(created.get(i)));
            }
        }
        long moved = applied.stream().filter(o -> !alreadyThere.contains(o)).count();
        assertThat(moved).isEqualTo(Math.min(atpBefore, 16 - alreadyThere.size()));
        assertThat(currentAtp(planner, scarce, sku)).isEqualTo(atpBefore - (int) moved).isNotNegative();
        for (String orderId : applied) {
            JsonNode allocations = api.get("/api/v1/orders/" + orderId, planner).json().get("allocations");
            assertThat(allocations).extracting(a -> a.get("node_id").asText()).containsOnly(scarce);
        }
    }

    @Test
    void concurrentReroutesOfOneOrderApplyOnceAndTheRestGet409() throws Exception {
        String planner = api.login("plan");
        String sku = freshSku(s -> nearbyShipNodesWith(s, 1).size() >= 3);
        JsonNode order = createShipOrder(planner, sku, 1);
        String from = order.get("allocations").get(0).get("node_id").asText();
        List<String> targets = nearbyShipNodesWith(sku, 1).stream().filter(n -> !n.equals(from)).toList();
        List<Callable<Reply>> reroutes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String to = targets.get(i % targets.size());
            reroutes.add(() -> command(planner, "REROUTE", id(order), 1, reroutePayload(to, 1)));
        }

        List<Reply> replies = concurrently(reroutes);

        assertThat(replies).extracting(Reply::status).containsOnly(200, 409);
        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        String to = api.get("/api/v1/orders/" + id(order), planner).json().get("allocations").get(0)
                .get("node_id").asText();
        assertThat(latest(planner, "inventory", to + "|" + sku).get("data").get("reserved").asInt()).isEqualTo(1);
        assertThat(latest(planner, "inventory", from + "|" + sku).get("data").get("reserved").asInt()).isZero();
    }

    @Test
    void pickupLifecycleFromNewToCollectedCommitsTheStock() {
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 1);
        JsonNode order = createPickupOrder(api.login("plan"), server.storeA, sku);
        String store = api.login("storea");

        Reply accepted = command(store, "PICKUP_ACCEPT", id(order), 1, "{}");
        Reply ready = command(store, "PICKUP_READY", id(order), 2, "{}");
        Reply collected = command(store, "PICKUP_COLLECTED", id(order), 3, "{}");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        assertThat(collected.json().get("version").asLong()).isEqualTo(4);
        JsonNode stock = inventoryIn(collected, server.storeA, sku);
        InventoryPosition initial = position(server.storeA, sku).orElseThrow();
        assertThat(stock.get("on_hand").asInt()).isEqualTo(initial.onHand() - 1);
        assertThat(stock.get("reserved").asInt()).isZero();
        JsonNode after = api.get("/api/v1/orders/" + id(order), store).json();
        assertThat(after.get("status").asText()).isEqualTo("COLLECTED");
    }

    @Test
    void collectingAPickupThatIsNotReadyIs422NamingItsStatus() {
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 1);
        JsonNode order = createPickupOrder(api.login("plan"), server.storeA, sku);

        Reply reply = command(api.login("storea"), "PICKUP_COLLECTED", id(order), 1, "{}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("problems").toString()).contains("NEW");
    }

    @Test
    void pickupRejectRaisesAStoreRejectedExceptionSeenByThatStoreOnly() {
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 1);
        JsonNode order = createPickupOrder(api.login("plan"), server.storeA, sku, initialAtp(server.storeA, sku));
        long before = lastSeq();

        Reply reply = command(api.login("storea"), "PICKUP_REJECT", id(order), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}], \"reason_code\": \"DAMAGED\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode exception = latestAfter(api.login("storea"), "exception", id(order) + "-E1", before);
        assertThat(exception).isNotNull();
        assertThat(exception.get("data").get("type").asText()).isEqualTo("STORE_REJECTED");
        assertThat(exception.get("data").get("node_id").asText()).isEqualTo(server.storeA);
        assertThat(latestAfter(api.login("storeb"), "exception", id(order) + "-E1", before)).isNull();
        assertThat(latestAfter(api.login("plan"), "pickup", id(order), before).get("data").get("node_id").asText())
                .isEqualTo(server.storeA);
    }

    @Test
    void cancellingEveryUnitCancelsTheOrderAndReleasesItsStock() {
        String planner = api.login("plan");
        String sku = freshSku(s -> nearbyShipNodesWith(s, 1).size() >= 1);
        JsonNode order = createShipOrder(planner, sku, 1);
        String node = order.get("allocations").get(0).get("node_id").asText();

        Reply reply = command(planner, "CANCEL_LINES", id(order), 1, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(inventoryIn(reply, node, sku).get("reserved").asInt()).isZero();
        assertThat(api.get("/api/v1/orders/" + id(order), planner).json().get("status").asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void backorderReleasesTheAllocationAndMarksTheOrderBackordered() {
        String planner = api.login("plan");
        String sku = freshSku(s -> nearbyShipNodesWith(s, 1).size() >= 1);
        JsonNode order = createShipOrder(planner, sku, 1);

        Reply reply = command(planner, "BACKORDER", id(order), 1, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("status").asText()).isEqualTo("BACKORDERED");
        assertThat(after.get("allocations")).isEmpty();
    }

    @Test
    void pickupRejectWritesTheUnitsOffAndReservesAgainFromTheStoresOtherUnits() {
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 2);
        JsonNode order = createPickupOrder(api.login("plan"), server.storeA, sku);
        InventoryPosition initial = position(server.storeA, sku).orElseThrow();

        Reply reply = command(api.login("storea"), "PICKUP_REJECT", id(order), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}], \"reason_code\": \"DAMAGED\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode stock = inventoryIn(reply, server.storeA, sku);
        assertThat(stock.get("on_hand").asInt()).isEqualTo(initial.onHand() - 1);
        assertThat(stock.get("reserved").asInt()).isEqualTo(1);
        assertThat(stock.get("atp").asInt()).isEqualTo(initialAtp(server.storeA, sku) - 2);
        assertThat(reply.json().get("changes")).noneMatch(c -> c.get("entity").asText().equals("exception"));
        JsonNode after = api.get("/api/v1/orders/" + id(order), api.login("plan")).json();
        assertThat(after.get("status").asText()).isEqualTo("SOURCED");
        assertThat(after.get("allocations")).singleElement()
                .satisfies(a -> assertThat(a.get("node_id").asText()).isEqualTo(server.storeA))
                .satisfies(a -> assertThat(a.get("qty").asInt()).isEqualTo(1));
        assertThat(lastEvent(after, "REJECTED").get("details").asText())
                .contains("1 rejected", "1 reserved again at " + server.storeA, "0 to exception");
    }

    @Test
    void pickupRejectThatTheStoreCannotRefillNamesTheNearestOtherStoreWithStock() {
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 1 && nearestOtherPickupStoreWith(s).isPresent());
        int units = initialAtp(server.storeA, sku);
        JsonNode order = createPickupOrder(api.login("plan"), server.storeA, sku, units);

        Reply reply = command(api.login("storea"), "PICKUP_REJECT", id(order), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}], \"reason_code\": \"NOT_FOUND\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode exception = changeIn(reply, "exception", id(order) + "-E1");
        assertThat(exception.get("qty").asInt()).isEqualTo(1);
        assertThat(exception.get("type").asText()).isEqualTo("STORE_REJECTED");
        assertThat(exception.get("reason").asText())
                .contains("NOT_FOUND at " + server.storeA, nearestOtherPickupStoreWith(sku).orElseThrow(), "ship");
        assertThat(inventoryIn(reply, server.storeA, sku).get("reserved").asInt()).isEqualTo(units - 1);
        JsonNode pickup = changeIn(reply, "pickup", id(order));
        assertThat(pickup.get("node_id").asText()).isEqualTo(server.storeA);
        assertThat(pickup.get("lines").get(0).get("rejected_qty").asInt()).isEqualTo(1);
        JsonNode after = api.get("/api/v1/orders/" + id(order), api.login("plan")).json();
        assertThat(after.get("status").asText()).isEqualTo(units == 1 ? "EXCEPTION" : "PARTIAL");
        assertThat(lastEvent(after, "REJECTED").get("details").asText())
                .contains("0 reserved again", "1 to exception " + id(order) + "-E1");
    }

    @Test
    void rejectedUnitsAreNotPromisedToTheNextPickupAtThatStore() {
        String planner = api.login("plan");
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 1);
        JsonNode first = createPickupOrder(planner, server.storeA, sku, initialAtp(server.storeA, sku));
        command(api.login("storea"), "PICKUP_REJECT", id(first), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}], \"reason_code\": \"MIS_STOCKED\"}");

        Reply next = api.postOnce("/api/v1/orders", planner,
                TestServer.pickupOrderJson("C-" + (++orders), server.storeA, sku, 1));

        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("status").asText()).isEqualTo("EXCEPTION");
        assertThat(next.json().get("allocations")).isEmpty();
    }

    @Test
    void rejectingUnitsOfAReadyPickupThatTheStoreRefillsSendsItBackToPicking() {
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 2);
        JsonNode order = createPickupOrder(api.login("plan"), server.storeA, sku);
        String store = api.login("storea");
        command(store, "PICKUP_ACCEPT", id(order), 1, "{}");
        command(store, "PICKUP_READY", id(order), 2, "{}");

        Reply rejected = command(store, "PICKUP_REJECT", id(order), 3,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}], \"reason_code\": \"DAMAGED\"}");
        Reply readyAgain = command(store, "PICKUP_READY", id(order), 4, "{}");

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        JsonNode pickup = changeIn(rejected, "pickup", id(order));
        assertThat(pickup.get("status").asText()).isEqualTo("PICKING");
        assertThat(pickup.get("lines").get(0).get("ready_qty").asInt()).isZero();
        assertThat(pickup.get("lines").get(0).get("rejected_qty").asInt()).isZero();
        assertThat(changeIn(rejected, "order", id(order)).get("status").asText()).isEqualTo("SOURCED");
        assertThat(readyAgain.status()).as(readyAgain.body()).isEqualTo(200);
        assertThat(changeIn(readyAgain, "order", id(order)).get("status").asText()).isEqualTo("READY");
    }

    @Test
    void noShowBeforeTheHoldEndsIs422SayingWhenItEnds() {
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 1);
        JsonNode order = createPickupOrder(api.login("plan"), server.storeA, sku);
        String store = api.login("storea");
        command(store, "PICKUP_ACCEPT", id(order), 1, "{}");
        command(store, "PICKUP_READY", id(order), 2, "{}");
        long before = lastSeq();

        Reply reply = command(store, "PICKUP_NO_SHOW", id(order), 3, "{}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("error").asText()).contains("held for its customer until", "72 hours");
        assertThat(lastSeq()).isEqualTo(before);
    }

    @Test
    void cancellingPartOfALineStoresTheCancelledUnitsAndReleasesThem() {
        String planner = api.login("plan");
        String sku = freshSku(s -> nearbyShipNodesWith(s, 3).size() >= 1);
        JsonNode order = createShipOrder(planner, sku, 3);
        assertThat(order.get("status").asText()).as(order.toString()).isEqualTo("SOURCED");

        Reply reply = command(planner, "CANCEL_LINES", id(order), 1, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(changeIn(reply, "order", id(order)).get("lines").get(0).get("cancelled_qty").asInt()).isEqualTo(1);
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("lines").get(0).get("cancelled_qty").asInt()).isEqualTo(1);
        assertThat(after.get("lines").get(0).get("backordered_qty").asInt()).isZero();
        assertThat(allocatedUnits(after)).isEqualTo(2);
        assertThat(after.get("status").asText()).isEqualTo("SOURCED");
    }

    @Test
    void cancellingTheUnfilledUnitsOfALineKeepsItsAllocationAndClosesTheException() {
        String planner = api.login("plan");
        String sku = freshSku(s -> initialAtp(server.storeA, s) >= 1);
        int atp = initialAtp(server.storeA, sku);
        Reply created = api.postOnce("/api/v1/orders", planner,
                TestServer.pickupOrderJson("C-" + (++orders), server.storeA, sku, atp + 1));
        JsonNode order = created.json();
        assertThat(order.get("status").asText()).as(created.body()).isEqualTo("PARTIAL");

        Reply reply = command(planner, "CANCEL_LINES", id(order), 1, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(changeIn(reply, "exception", id(order) + "-E1").get("status").asText()).isEqualTo("RESOLVED");
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("lines").get(0).get("cancelled_qty").asInt()).isEqualTo(1);
        assertThat(allocatedUnits(after)).isEqualTo(atp);
        assertThat(after.get("status").asText()).isEqualTo("SOURCED");
        assertThat(latest(planner, "inventory", server.storeA + "|" + sku).get("data").get("reserved").asInt())
                .isEqualTo(atp);
    }

    @Test
    void backorderedUnitsAreStoredAndARerouteThatAllocatesThemClearsThem() {
        String planner = api.login("plan");
        String sku = freshSku(s -> nearbyShipNodesWith(s, 2).size() >= 1);
        JsonNode order = createShipOrder(planner, sku, 2);
        String to = nearbyShipNodesWith(sku, 2).get(0);

        Reply backordered = command(planner, "BACKORDER", id(order), 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 2}]}");
        Reply partly = command(planner, "REROUTE", id(order), 2, reroutePayload(to, 1));
        Reply fully = command(planner, "REROUTE", id(order), 3, reroutePayload(to, 2));

        assertThat(backordered.status()).as(backordered.body()).isEqualTo(200);
        JsonNode afterBackorder = changeIn(backordered, "order", id(order));
        assertThat(afterBackorder.get("lines").get(0).get("backordered_qty").asInt()).isEqualTo(2);
        assertThat(afterBackorder.get("allocations")).isEmpty();
        assertThat(partly.status()).as(partly.body()).isEqualTo(200);
        JsonNode afterPartly = changeIn(partly, "order", id(order));
        assertThat(afterPartly.get("lines").get(0).get("backordered_qty").asInt()).isEqualTo(1);
        assertThat(afterPartly.get("status").asText()).isEqualTo("BACKORDERED");
        assertThat(fully.status()).as(fully.body()).isEqualTo(200);
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("lines").get(0).get("backordered_qty").asInt()).isZero();
        assertThat(after.get("status").asText()).isEqualTo("SOURCED");
    }

    @Test
    void cancellingBackorderedUnitsMovesThemFromBackorderedToCancelled() {
        String planner = api.login("plan");
        String sku = freshSku(s -> nearbyShipNodesWith(s, 2).size() >= 1);
        JsonNode order = createShipOrder(planner, sku, 2);
        command(planner, "BACKORDER", id(order), 1, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        Reply reply = command(planner, "CANCEL_LINES", id(order), 2, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode after = api.get("/api/v1/orders/" + id(order), planner).json();
        assertThat(after.get("lines").get(0).get("cancelled_qty").asInt()).isEqualTo(1);
        assertThat(after.get("lines").get(0).get("backordered_qty").asInt()).isZero();
        assertThat(allocatedUnits(after)).isEqualTo(1);
        assertThat(after.get("status").asText()).isEqualTo("SOURCED");
    }

    @Test
    void cancellingMoreUnitsThanAreLeftIs422() {
        String planner = api.login("plan");
        String sku = freshSku(s -> nearbyShipNodesWith(s, 2).size() >= 1);
        JsonNode order = createShipOrder(planner, sku, 2);
        command(planner, "CANCEL_LINES", id(order), 1, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        Reply reply = command(planner, "CANCEL_LINES", id(order), 2, "{\"lines\": [{\"line_no\": 1, \"qty\": 2}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("problems").toString()).contains("lines[0].qty", "1 units not cancelled");
    }

    @Test
    void resolveExceptionClosesItAndAnUnknownOneIs404() {
        String planner = api.login("plan");
        JsonNode order = createShipOrder(planner, freshSku(s -> true), 100_000);
        String exceptionId = id(order) + "-E1";

        Reply resolved = command(planner, "RESOLVE_EXCEPTION", id(order), 1,
                "{\"exception_id\": \"" + exceptionId + "\"}");
        Reply unknown = command(planner, "RESOLVE_EXCEPTION", id(order), 2, "{\"exception_id\": \"NOPE\"}");

        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(latest(planner, "exception", exceptionId).get("data").get("status").asText())
                .isEqualTo("RESOLVED");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    }

    @Test
    void takeAndReleaseMoveTheExceptionsVersionNotTheOrders() {
        String planner = api.login("plan");
        JsonNode order = createShipOrder(planner, freshSku(s -> true), 100_000);
        String exceptionId = id(order) + "-E1";

        Reply taken = command(planner, "TAKE_EXCEPTION", exceptionId, 1, "{}");
        JsonNode afterTake = latest(planner, "exception", exceptionId).get("data");
        Reply stale = command(planner, "TAKE_EXCEPTION", exceptionId, 1, "{}");
        Reply released = command(planner, "RELEASE_EXCEPTION", exceptionId, 2, "{}");
        JsonNode afterRelease = latest(planner, "exception", exceptionId).get("data");
        Reply releasedAgain = command(planner, "RELEASE_EXCEPTION", exceptionId, 3, "{}");
        Reply resolved = command(planner, "RESOLVE_EXCEPTION", id(order), 1,
                "{\"exception_id\": \"" + exceptionId + "\"}");

        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().get("version").asLong()).isEqualTo(2);
        assertThat(afterTake.get("assignee").asText()).isEqualTo("plan");
        assertThat(afterTake.get("taken_at").isTextual()).isTrue();
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("current").get("assignee").asText()).isEqualTo("plan");
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(afterRelease.get("assignee").isNull()).isTrue();
        assertThat(releasedAgain.status()).as(releasedAgain.body()).isEqualTo(422);
        assertThat(releasedAgain.json().get("problems").toString()).contains("not taken by anyone");
        assertThat(resolved.status()).as("the order stayed at version 1: " + resolved.body()).isEqualTo(200);
    }

    @Test
    void takingAResolvedOrUnknownExceptionIsRefused() {
        String planner = api.login("plan");
        JsonNode order = createShipOrder(planner, freshSku(s -> true), 100_000);
        String exceptionId = id(order) + "-E1";
        command(planner, "RESOLVE_EXCEPTION", id(order), 1, "{\"exception_id\": \"" + exceptionId + "\"}");

        Reply resolved = command(planner, "TAKE_EXCEPTION", exceptionId, 2, "{}");
        Reply unknown = command(planner, "TAKE_EXCEPTION", "NOPE-E1", 1, "{}");
        Reply store = command(api.login("storea"), "TAKE_EXCEPTION", exceptionId, 2, "{}");

        assertThat(resolved.status()).as(resolved.body()).isEqualTo(422);
        assertThat(resolved.json().get("problems").toString()).contains("is RESOLVED");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(store.status()).as(store.body()).isEqualTo(403);
    }

    @Test
    void rerouteEventRecordsThePlanBeforeAndAfter() {
        String planner = api.login("plan");
        Move move = shipOrderToMove(planner);
        JsonNode order = move.order();
        String from = move.from();
        String to = move.to();

        command(planner, "REROUTE", id(order), 1, reroutePayload(to, 1));

        JsonNode events = latest(planner, "order", id(order)).get("data").get("events");
        JsonNode rerouted = events.get(events.size() - 1);
        assertThat(rerouted.get("type").asText()).isEqualTo("REROUTED");
        assertThat(rerouted.get("actor").asText()).isEqualTo("plan");
        assertThat(rerouted.get("reason").asText()).isEqualTo("contract test");
        assertThat(rerouted.get("details").asText()).startsWith("before: line 1: 1 from " + from + " by ")
                .contains(" | after: line 1: 1 from " + to + " by ");
    }

    @Test
    void rerouteThatMissesThePromiseNeedsAcceptLateAndSaysSo() {
        String planner = api.login("plan");
        String far = farthestShipNode();
        String sku = freshSku(s -> initialAtp(far, s) >= 1);
        String orderId = "C-" + (++orders);
        Reply created = api.postOnce("/api/v1/orders", planner, TestServer.shipOrderJson(orderId, sku, 1)
                .replace("\"STANDARD\"", "\"SAME_DAY\""));
        long version = created.json().get("version").asLong();
        String payload = "{\"lines\": [{\"line_no\": 1, \"qty\": 1, \"node_id\": \"" + far + "\"}]";

        Reply onTime = command(planner, "REROUTE", orderId, version, payload + "}");
        Reply late = command(planner, "REROUTE", orderId, version, payload + ", \"accept_late\": true}");

        assertThat(onTime.status()).as(onTime.body()).isEqualTo(422);
        assertThat(onTime.json().get("problems").toString()).contains("meets SAME_DAY", "accept_late");
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        JsonNode events = latest(planner, "order", orderId).get("data").get("events");
        assertThat(events.get(events.size() - 1).get("details").asText()).contains("from " + far, "(late: ",
                " days for SAME_DAY)");
    }

    @Test
    void publishRulesWithABadFileListsEveryProblem() {
        String yaml = "profiles:\\n  - name: a\\n    objective: {split_penaly: 3}\\n"
                + "    constraints: {max_shipments: 0}\\n";

        Reply reply = command(api.login("admin"), "PUBLISH_RULES", "rules", rulesVersion(),
                "{\"yaml\": \"" + yaml + "\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("problems")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(reply.json().get("problems").toString()).contains("split_penaly", "max_shipments");
    }

    @Test
    void publishRulesNamingAnUnknownNodeIs422() {
        String yaml = "profiles:\\n  - name: a\\n    filters: {exclude_nodes: [ST-9999]}\\n";

        Reply reply = command(api.login("admin"), "PUBLISH_RULES", "rules", rulesVersion(),
                "{\"yaml\": \"" + yaml + "\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("problems").toString()).contains("ST-9999");
    }

    @Test
    void publishingValidRulesBumpsTheirVersionAndFeedsThem() {
        long version = rulesVersion();

        Reply reply = command(api.login("admin"), "PUBLISH_RULES", "rules", version,
                "{\"yaml\": \"profiles: [{name: standard}]\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("version").asLong()).isEqualTo(version + 1);
        JsonNode change = reply.json().get("changes").get(0);
        assertThat(change.get("entity").asText()).isEqualTo("rules");
        assertThat(change.get("data").get("published_by").asText()).isEqualTo("admin");
    }

    @Test
    void onlyAnAdminPublishesRules() {
        Reply reply = command(api.login("plan"), "PUBLISH_RULES", "rules", 0,
                "{\"yaml\": \"profiles: [{name: standard}]\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    }

    @Test
    void unknownCommandTypeIs400() {
        Reply reply = command(api.login("plan"), "TELEPORT", "O-1", 1, "{}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).contains("TELEPORT");
    }

    @Test
    void malformedCommandIs400() {
        Reply reply = api.postOnce("/api/v1/commands", api.login("plan"), "{\"type\": \"REROUTE\", ");

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void unknownTargetOrderIs404() {
        Reply reply = command(api.login("plan"), "CANCEL_LINES", "NO-SUCH-ORDER", 1,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
    }

    // --- helpers ---

    private Reply command(String token, String type, String target, long version, String payload) {
        return api.postOnce("/api/v1/commands", token, commandJson(type, target, version, payload));
    }

    private static String commandJson(String type, String target, long version, String payload) {
        return """
                {"type": "%s", "target": "%s", "expected_version": %d, "payload": %s, "reason": "contract test"}
                """.formatted(type, target, version, payload);
    }

    private static String reroutePayload(String nodeId, int qty) {
        return "{\"lines\": [{\"line_no\": 1, \"qty\": %d, \"node_id\": \"%s\"}]}".formatted(qty, nodeId);
    }

    private JsonNode createShipOrder(String token, String sku, int qty) {
        String orderId = "C-" + (++orders);
        Reply reply = api.postOnce("/api/v1/orders", token, TestServer.shipOrderJson(orderId, sku, qty));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode createPickupOrder(String token, String store, String sku) {
        return createPickupOrder(token, store, sku, 1);
    }

    private JsonNode createPickupOrder(String token, String store, String sku, int qty) {
        String orderId = "C-" + (++orders);
        Reply reply = api.postOnce("/api/v1/orders", token, TestServer.pickupOrderJson(orderId, store, sku, qty));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).as(reply.body()).isEqualTo("SOURCED");
        return reply.json();
    }

    private String id(JsonNode order) {
        return order.get("order_id").asText();
    }

    /** A SKU no other test of this class has used, so its stock is still as the scenario set it. */
    private String freshSku(Predicate<String> fits) {
        String sku = server.scenario.skus().stream().map(Sku::sku)
                .filter(s -> !usedSkus.contains(s)).filter(fits).findFirst().orElseThrow();
        usedSkus.add(sku);
        return sku;
    }

    /** The shipping node farthest from the test customer: no service from it delivers the same day. */
    private String farthestShipNode() {
        return server.scenario.nodes().stream().filter(Node::ship)
                .max(Comparator.comparingDouble(n -> GreatCircle.km(n.lat(), n.lon(), LAT, LON))).orElseThrow().id();
    }

    /** Nodes that ship, near enough to the test customer to keep a STANDARD promise. */
    private List<String> nearbyShipNodes() {
        return server.scenario.nodes().stream().filter(Node::ship)
                .filter(n -> Math.abs(n.lat() - LAT) < 0.5 && Math.abs(n.lon() - LON) < 0.5).map(Node::id).toList();
    }

    private List<String> nearbyShipNodesWith(String sku, int atLeast) {
        return nearbyShipNodes().stream().filter(n -> initialAtp(n, sku) >= atLeast).toList();
    }

    private Optional<String> nearbyShipNodeWithout(String sku) {
        return nearbyShipNodes().stream().filter(n -> initialAtp(n, sku) == 0).findFirst();
    }

    private Optional<InventoryPosition> position(String nodeId, String sku) {
        return server.scenario.inventory().stream()
                .filter(p -> p.nodeId().equals(nodeId) && p.sku().equals(sku)).findFirst();
    }

    private int initialAtp(String nodeId, String sku) {
        return position(nodeId, sku).map(CommandsContract::atp).orElse(0);
    }

    private static int atp(InventoryPosition position) {
        return Math.max(0, position.onHand() - position.safetyStock());
    }

    private int currentAtp(String token, String nodeId, String sku) {
        JsonNode row = latest(token, "inventory", nodeId + "|" + sku);
        return row == null ? initialAtp(nodeId, sku) : row.get("data").get("atp").asInt();
    }

    private static boolean allocatedOnlyAt(JsonNode order, String nodeId) {
        JsonNode allocations = order.get("allocations");
        return !allocations.isEmpty() && StreamSupport.stream(allocations.spliterator(), false)
                .allMatch(a -> a.get("node_id").asText().equals(nodeId));
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

    /** The data of the reply's feed row of that entity. */
    private static JsonNode changeIn(Reply reply, String entity, String id) {
        for (JsonNode change : reply.json().get("changes")) {
            if (change.get("entity").asText().equals(entity) && change.get("id").asText().equals(id)) {
                return change.get("data");
            }
        }
        throw new AssertionError("no " + entity + " row of " + id + " in " + reply.body());
    }

    private static JsonNode lastEvent(JsonNode order, String type) {
        JsonNode found = null;
        for (JsonNode event : order.get("events")) {
            if (event.get("type").asText().equals(type)) {
                found = event;
            }
        }
        assertThat(found).as("a " + type + " event in " + order.get("events")).isNotNull();
        return found;
    }

    private static int allocatedUnits(JsonNode order) {
        return StreamSupport.stream(order.get("allocations").spliterator(), false).mapToInt(a -> a.get("qty").asInt())
                .sum();
    }

    /** The pickup store nearest to store A, other than it, that has ATP of the SKU as the scenario set it. */
    private Optional<String> nearestOtherPickupStoreWith(String sku) {
        Node storeA = server.scenario.nodes().stream().filter(n -> n.id().equals(server.storeA)).findFirst()
                .orElseThrow();
        return server.scenario.nodes().stream()
                .filter(n -> n.pickup() && !n.id().equals(server.storeA) && initialAtp(n.id(), sku) >= 1)
                .min(Comparator.comparingDouble((Node n) -> GreatCircle.km(storeA.lat(), storeA.lon(), n.lat(),
                        n.lon())).thenComparing(Node::id))
                .map(Node::id);
    }

    /** A ship order from a fresh SKU, sourced at one node, and another nearby node holding the SKU to move it to. */
    private record Move(JsonNode order, String sku, String from, String to) {
    }

    private Move shipOrderToMove(String planner) {
        String sku = freshSku(s -> nearbyShipNodesWith(s, 1).size() >= 2);
        JsonNode order = createShipOrder(planner, sku, 1);
        String from = order.get("allocations").get(0).get("node_id").asText();
        String to = nearbyShipNodesWith(sku, 1).stream().filter(n -> !n.equals(from)).findFirst().orElseThrow();
        return new Move(order, sku, from, to);
    }

    private long rulesVersion() {
        JsonNode rules = latest(api.login("plan"), "rules", "current");
        return rules == null ? 0 : rules.get("version").asLong();
    }

    private long lastSeq() {
        return api.get("/api/v1/health", null).json().get("last_seq").asLong();
    }

    private JsonNode latest(String token, String entity, String id) {
        return latestAfter(token, entity, id, 0);
    }

    /** The newest feed row of the entity the caller may see after the seq, or null. */
    private JsonNode latestAfter(String token, String entity, String id, long after) {
        JsonNode found = null;
        long cursor = after;
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
        return found;
    }

    /** Runs the calls on their own threads, released together, and returns their replies in call order. */
    private static List<Reply> concurrently(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
    }
}
