package io.omniroute.cache;

import static io.omniroute.cache.TestFeed.deleted;
import static io.omniroute.cache.TestFeed.inventory;
import static io.omniroute.cache.TestFeed.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's reads of the cache (positions, catalog, order lookups, outbox) and the change notices it gives. */
class CacheReadsIT {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dataDir;

    private CacheDatabase database;
    private H2LocalStore store;
    private final List<CacheChanges> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        database = CacheDatabase.open(dataDir);
        store = H2LocalStore.on(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    // --- positions -------------------------------------------------------------------------------------------------

    @Test
    void safetyStockAndUpdatedAtAreCopiedOutOfThePositionJson() {
        store.applyPage(List.of(change(1, "inventory", "DC-1|SKU-1", """
                {"node_id": "DC-1", "sku": "SKU-1", "on_hand": 40, "safety_stock": 4, "reserved": 5, "atp": 31,
                 "updated_at": "2026-03-01T10:30:00Z"}""")), 1);

        assertThat(positionsByIds(List.of("DC-1|SKU-1"))).containsExactly(
                new PositionRow("DC-1", "SKU-1", 40, 5, 4, 31, Instant.parse("2026-03-01T10:30:00Z")));
    }

    @Test
    void aPositionWithoutSafetyStockOrUpdatedAtReadsZeroAndTheEpoch() {
        store.applyPage(List.of(change(1, "inventory", "DC-1|SKU-1", """
                {"node_id": "DC-1", "sku": "SKU-1", "on_hand": 3, "reserved": 1, "atp": 2}""")), 1);

        assertThat(positionsByIds(List.of("DC-1|SKU-1"))).containsExactly(
                new PositionRow("DC-1", "SKU-1", 3, 1, 0, 2, Instant.EPOCH));
    }

    @Test
    void forEachStreamsEveryPositionInIdOrder() {
        List<FeedChange> page = new ArrayList<>();
        for (String node : List.of("ST-2", "DC-1", "ST-10")) {
            for (String sku : List.of("SKU-9", "SKU-1", "SKU-10")) {
                page.add(inventory(page.size() + 1, node, sku, 1, 5));
            }
        }
        Collections.shuffle(page, new Random(7));
        store.applyPage(page, page.size());

        List<String> streamed = new ArrayList<>();
        store.read(tx -> {
            tx.positions().forEach(row -> streamed.add(row.id()));
            return null;
        });

        assertThat(streamed).hasSize(9).isSorted().startsWith("DC-1|SKU-1", "DC-1|SKU-10", "DC-1|SKU-9");
    }

    @Test
    void byIdsReadsMoreIdsThanOneInListHoldsAndLeavesOutThoseNotCached() {
        List<FeedChange> page = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            page.add(inventory(i + 1, "DC-" + i % 7, "SKU-" + i, 1, i));
            asked.add("DC-" + i % 7 + "|SKU-" + i);
            if (i % 3 == 0) {
                asked.add("DC-" + i % 7 + "|NOT-CACHED-" + i);
            }
        }
        store.applyPage(page, page.size());

        List<PositionRow> found = positionsByIds(asked);

        assertThat(asked).as("three full IN lists of 500 and part of a fourth").hasSize(1_600);
        assertThat(found).extracting(PositionRow::id)
                .containsExactlyInAnyOrderElementsOf(page.stream().map(FeedChange::id).toList());
        assertThat(found).filteredOn(row -> row.id().equals("DC-6|SKU-1105")).singleElement()
                .extracting(PositionRow::atp).isEqualTo(1_105);
    }

    // --- catalog ---------------------------------------------------------------------------------------------------

    @Test
    void aNodeIsReadWithEveryFieldOfItsJson() {
        store.applyPage(List.of(change(1, "node", "ST-0042", """
                {"node_id": "ST-0042", "name": "Dallas Galleria", "type": "STORE", "lat": 32.93, "lon": -96.82,
                 "zip": "75240", "ship": true, "pickup": true, "same_day": false, "returns": true,
                 "daily_capacity": 120, "handling_cost": 1.5, "pick_cost": 0.2, "processing_days": 2,
                 "tags": ["mall", "flagship"]}""")), 1);

        assertThat(nodes()).containsExactly(new NodeRow("ST-0042", "Dallas Galleria",
                "STORE", 32.93, -96.82, "75240", true, true, false, true, OptionalInt.of(120), 2,
                List.of("mall", "flagship")));
    }

    @Test
    void aNullDailyCapacityReadsAsUnlimited() {
        store.applyPage(List.of(change(1, "node", "DC-1", """
                {"node_id": "DC-1", "name": "East DC", "type": "DC", "zip": "10001", "daily_capacity": null,
                 "tags": []}""")), 1);

        NodeRow node = nodes().get(0);

        assertThat(node.dailyCapacity()).isEmpty();
        assertThat(node.tags()).isEmpty();
    }

    @Test
    void nodesAreReadInIdOrder() {
        store.applyPage(List.of(node(1, "ST-2", 1), node(2, "DC-1", 1), node(3, "ST-1", 1)), 3);

        assertThat(nodes()).extracting(NodeRow::id)
                .containsExactly("DC-1", "ST-1", "ST-2");
    }

    @Test
    void skusAreReadWithNameCategoryAndPriceInIdOrder() {
        store.applyPage(List.of(
                change(1, "sku", "SKU-2", """
                        {"sku": "SKU-2", "name": "Kettle", "category": "Kitchen", "weight_kg": 1.2,
                         "unit_price": 34.99}"""),
                change(2, "sku", "SKU-1", """
                        {"sku": "SKU-1", "name": "Mug"}""")), 2);

        assertThat(skus()).containsExactly(new SkuRow("SKU-1", "Mug", "", 0),
                new SkuRow("SKU-2", "Kettle", "Kitchen", 34.99));
    }

    // --- order lookups ---------------------------------------------------------------------------------------------

    @Test
    void idsStartingWithMatchesWhateverTheCaseOfTheText() {
        applyOrderIds("O-0000010", "O-0000011", "O-0000020");

        assertThat(idsStartingWith("o-000001", 10)).containsExactly("O-0000010", "O-0000011");
    }

    @Test
    void likeWildcardsInTheTextAreTakenLiterally() {
        applyOrderIds("O-1_A", "O-1XA", "O-1%B", "O-1ZB", "O-1\\C", "O-1YC");

        assertThat(idsStartingWith("o-1_", 10)).containsExactly("O-1_A");
        assertThat(idsStartingWith("O-1%", 10)).containsExactly("O-1%B");
        assertThat(idsStartingWith("O-1\\", 10)).containsExactly("O-1\\C");
        assertThat(idsStartingWith("%", 10)).isEmpty();
    }

    @Test
    void idsStartingWithReturnsAtMostTheLimitInIdOrder() {
        applyOrderIds("O-3", "O-1", "O-4", "O-2");

        assertThat(idsStartingWith("O-", 2)).containsExactly("O-1", "O-2");
    }

    @Test
    void shipmentsOnCountsEachNodesShipOrdersOfThatDay() {
        store.applyPage(List.of(
                // two lines in one shipment from DC-1: one shipment
                order(1, "O-1", "2026-03-02T00:00:00Z", "SHIP", allocation(1, "DC-1", "O-1-S1"),
                        allocation(2, "DC-1", "O-1-S1"), allocation(2, "ST-2", "O-1-S2")),
                order(2, "O-2", "2026-03-02T23:59:59Z", "SHIP", allocation(1, "DC-1", "O-2-S1"))), 2);

        assertThat(shipmentsOn(DAY)).isEqualTo(Map.of("DC-1", 2, "ST-2", 1));
    }

    @Test
    void shipmentsOnLeavesOutOrdersCreatedOnOtherUtcDays() {
        store.applyPage(List.of(
                order(1, "O-1", "2026-03-02T12:00:00Z", "SHIP", allocation(1, "DC-1", "O-1-S1")),
                order(2, "O-0", "2026-03-01T23:59:59Z", "SHIP", allocation(1, "DC-1", "O-0-S1")),
                order(3, "O-3", "2026-03-03T00:00:00Z", "SHIP", allocation(1, "DC-1", "O-3-S1"))), 3);

        assertThat(shipmentsOn(DAY)).isEqualTo(Map.of("DC-1", 1));
    }

    @Test
    void shipmentsOnLeavesOutPickupOrders() {
        store.applyPage(List.of(
                order(1, "O-1", "2026-03-02T12:00:00Z", "SHIP", allocation(1, "DC-1", "O-1-S1")),
                order(2, "O-2", "2026-03-02T12:00:00Z", "PICKUP", allocation(1, "ST-2", "O-2-S1"))), 2);

        assertThat(shipmentsOn(DAY)).isEqualTo(Map.of("DC-1", 1));
    }

    // A REROUTE onto a node the order already ships from adds a shipment there ("<order>-R<n>"), not a slot.
    @Test
    void anOrderShippingTwiceFromOneNodeTakesOneSlotThereAsOnTheBackend() {
        store.applyPage(List.of(order(1, "O-1", "2026-03-02T12:00:00Z", "SHIP",
                allocation(1, "DC-1", "O-1-S1"), allocation(2, "DC-1", "O-1-R1"))), 1);

        assertThat(shipmentsOn(DAY)).isEqualTo(Map.of("DC-1", 1));
    }

    @Test
    void summaryReadsTheOrdersHeaderLinesAndAllocations() {
        store.applyPage(List.of(order(1, "O-1", "2026-03-02T08:00:00Z", "SHIP",
                allocation(1, "DC-1", "O-1-S1"), allocation(2, "ST-2", "O-1-S2"))), 1);

        OrderSummary summary = summary("O-1").orElseThrow();

        assertThat(summary).extracting(OrderSummary::status, OrderSummary::createdAt, OrderSummary::channel,
                OrderSummary::fulfillment, OrderSummary::serviceLevel, OrderSummary::value,
                OrderSummary::pickupNodeId, OrderSummary::pending).containsExactly("SOURCED",
                Instant.parse("2026-03-02T08:00:00Z"), "web", "SHIP", "STANDARD", 42.5, Optional.empty(), 0);
        assertThat(summary.lines()).containsExactly(new OrderSummary.Line(1, "SKU-1", 2, 0, 0),
                new OrderSummary.Line(2, "SKU-2", 3, 1, 1));
        assertThat(summary.allocations()).containsExactly(
                new OrderSummary.Allocation(1, "SKU-1", 1, "DC-1", "UPS", "GROUND", 12.5, 3),
                new OrderSummary.Allocation(2, "SKU-2", 1, "ST-2", "UPS", "GROUND", 12.5, 3));
    }

    @Test
    void aPickupOrdersSummaryNamesItsStore() {
        store.applyPage(List.of(order(1, "O-1", "2026-03-02T08:00:00Z", "PICKUP")), 1);

        assertThat(summary("O-1").orElseThrow().pickupNodeId()).contains("ST-7");
    }

    @Test
    void summaryCarriesThePendingMarkOfQueuedCommands() {
        store.applyPage(List.of(order(1, "O-1", "2026-03-02T08:00:00Z", "SHIP")), 1);
        store.enqueue(cancel("O-1"), NOW);

        assertThat(summary("O-1").orElseThrow().pending()).isEqualTo(1);
    }

    @Test
    void summaryOfAnOrderNotCachedIsEmpty() {
        assertThat(summary("O-404")).isEmpty();
    }

    // --- change notices --------------------------------------------------------------------------------------------

    @Test
    void anAppliedPageTellsTheIdsItChangedPerEntity() {
        store.applyPage(List.of(node(1, "ST-1", 1)), 1);
        store.addListener(told::add);

        store.applyPage(List.of(inventory(2, "DC-1", "SKU-1", 1, 5), inventory(3, "DC-1", "SKU-2", 1, 5),
                order(4, "O-1", "2026-03-02T08:00:00Z", "SHIP"), deleted(5, "node", "ST-1", 2)), 5);

        assertThat(told).containsExactly(new CacheChanges(Map.of(
                EntityTable.INVENTORY, Set.of("DC-1|SKU-1", "DC-1|SKU-2"),
                EntityTable.ORDER, Set.of("O-1"),
                EntityTable.NODE, Set.of("ST-1")), false));
    }

    @Test
    void listenersAreToldAfterTheCommitSoTheyReadWhatThePageWrote() {
        List<Optional<String>> seen = new ArrayList<>();
        store.addListener(changes -> seen.add(store.entityJson(EntityTable.NODE, "ST-1")));

        store.applyPage(List.of(node(1, "ST-1", 1)), 1);

        assertThat(seen).singleElement().satisfies(json -> assertThat(json).isPresent());
    }

    @Test
    void aPageThatFailsTellsNothing() {
        store.addListener(told::add);
        FeedChange malformed = new FeedChange(2, "node", "ST-2", 1, false, Optional.of("{not json"));

        assertThatThrownBy(() -> store.applyPage(List.of(node(1, "ST-1", 1), malformed), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node ST-2");

        assertThat(told).isEmpty();
    }

    @Test
    void anEmptyPageTellsNothing() {
        store.addListener(told::add);

        store.applyPage(List.of(), 7);

        assertThat(told).isEmpty();
        assertThat(store.cursor()).isEqualTo(7);
    }

    @Test
    void enqueueTellsItsTargetAsAnOutboxChange() {
        store.applyPage(List.of(order(1, "O-1", "2026-03-02T08:00:00Z", "SHIP")), 1);
        store.addListener(told::add);

        store.enqueue(cancel("O-1"), NOW);

        assertThat(told).containsExactly(new CacheChanges(Map.of(EntityTable.ORDER, Set.of("O-1")), true));
    }

    @Test
    void everyAnswerAndDecisionOnACommandTellsItsTarget() {
        store.applyPage(List.of(order(1, "O-1", "2026-03-02T08:00:00Z", "SHIP"),
                order(2, "O-2", "2026-03-02T08:00:00Z", "SHIP"), order(3, "O-3", "2026-03-02T08:00:00Z", "SHIP"),
                order(4, "O-4", "2026-03-02T08:00:00Z", "SHIP")), 4);
        long applied = store.enqueue(cancel("O-1"), NOW).id();
        long failed = store.enqueue(cancel("O-2"), NOW).id();
        long discarded = store.enqueue(cancel("O-3"), NOW).id();
        long reapplied = store.enqueue(cancel("O-4"), NOW).id();
        store.addListener(told::add);

        store.markApplied(applied, 2, NOW);
        store.markFailed(failed, "line 1 is already cancelled", NOW);
        store.markConflict(discarded, "{}", NOW);
        store.discard(discarded, NOW);
        store.markConflict(reapplied, "{}", NOW);
        store.reapply(reapplied, 2, NOW);

        assertThat(told).extracting(changes -> changes.ids(EntityTable.ORDER))
                .containsExactly(Set.of("O-1"), Set.of("O-2"), Set.of("O-3"), Set.of("O-3"), Set.of("O-4"),
                        Set.of("O-4"));
        assertThat(told).allSatisfy(changes -> {
            assertThat(changes.outbox()).isTrue();
            assertThat(changes.entities()).containsOnlyKeys(EntityTable.ORDER);
        });
    }

    @Test
    void aPickupCommandTellsThePickupEntity() {
        store.addListener(told::add);

        store.enqueue(new NewCommand("PICKUP_ACCEPT", "pickup", "O-9", 1, "{}", "", "store"), NOW);

        assertThat(told).containsExactly(new CacheChanges(Map.of(EntityTable.PICKUP, Set.of("O-9")), true));
    }

    @Test
    void aRefusedOutboxTransitionTellsNothing() {
        long pending = store.enqueue(cancel("O-1"), NOW).id();
        store.addListener(told::add);

        assertThatThrownBy(() -> store.discard(pending, NOW)).isInstanceOf(IllegalStateException.class);

        assertThat(told).isEmpty();
    }

    // --- outbox reads ----------------------------------------------------------------------------------------------

    @Test
    void outboxCountsHoldEveryStateWithItsNumberOfCommands() {
        store.enqueue(cancel("O-1"), NOW);
        long conflict = store.enqueue(cancel("O-2"), NOW).id();
        long applied = store.enqueue(cancel("O-3"), NOW).id();
        store.markConflict(conflict, "{}", NOW);
        store.markApplied(applied, 2, NOW);

        assertThat(store.outboxCounts()).isEqualTo(Map.of(OutboxState.PENDING, 1L, OutboxState.CONFLICT, 1L,
                OutboxState.APPLIED, 1L, OutboxState.FAILED, 0L, OutboxState.DISCARDED, 0L));
    }

    @Test
    void targetVersionIsTheVersionTheCacheNowHoldsOfTheTarget() {
        store.applyPage(List.of(TestFeed.order(1, "O-1", 3, "SOURCED")), 1);
        long command = store.enqueue(cancel("O-1"), NOW).id();
        store.markConflict(command, "{}", NOW);

        store.applyPage(List.of(TestFeed.order(2, "O-1", 5, "PARTIAL")), 2);

        assertThat(store.targetVersion(command)).hasValue(5);
    }

    @Test
    void targetVersionIsEmptyWhenTheTargetIsNotCachedOrTheCommandIsUnknown() {
        long uncached = store.enqueue(cancel("O-404"), NOW).id();

        assertThat(store.targetVersion(uncached)).isEmpty();
        assertThat(store.targetVersion(uncached + 100)).isEmpty();
    }

    // --- migration -------------------------------------------------------------------------------------------------

    @Test
    void openingACacheCreatedBeforeV2ResetsTheFeedCursorToZero(@TempDir Path oldDir) throws Exception {
        createV1CacheWithCursor42(oldDir);

        try (CacheDatabase migrated = CacheDatabase.open(oldDir)) {
            assertThat(H2LocalStore.on(migrated, Clock.systemUTC()).cursor()).isZero();
        }
    }

    @Test
    void aPositionCachedBeforeV2IsFilledInWhenTheFeedSendsItAgain(@TempDir Path oldDir) throws Exception {
        createV1CacheWithCursor42(oldDir);

        try (CacheDatabase migrated = CacheDatabase.open(oldDir)) {
            H2LocalStore old = H2LocalStore.on(migrated, Clock.systemUTC());
            PositionRow before = old.read(tx -> tx.positions().byIds(List.of("DC-1|SKU-1"))).get(0);

            old.applyPage(List.of(inventory(1, "DC-1", "SKU-1", 1, 33)), 1);

            assertThat(before.updatedAt()).isEqualTo(Instant.EPOCH);
            List<PositionRow> after = old.read(tx -> tx.positions().byIds(List.of("DC-1|SKU-1")));
            assertThat(after).singleElement()
                    .extracting(PositionRow::safetyStock, PositionRow::updatedAt)
                    .containsExactly(2, Instant.parse("2026-03-02T08:15:00Z"));
        }
    }

    /** A cache file as a console before V2 left it: V1's schema, one position at version 1, cursor 42. */
    private static void createV1CacheWithCursor42(Path dir) throws Exception {
        String url = CacheDatabase.url(dir);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/cache").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE sync_state SET feed_cursor = 42");
            statement.executeUpdate("INSERT INTO inventory (id, version, data, node_id, sku, on_hand, reserved, atp)"
                    + " VALUES ('DC-1|SKU-1', 1, '{}', 'DC-1', 'SKU-1', 40, 5, 33)");
        }
    }

    // --- fixtures --------------------------------------------------------------------------------------------------

    private List<PositionRow> positionsByIds(List<String> ids) {
        return store.read(tx -> tx.positions().byIds(ids));
    }

    private List<NodeRow> nodes() {
        return store.read(tx -> tx.catalog().nodes());
    }

    private List<SkuRow> skus() {
        return store.read(tx -> tx.catalog().skus());
    }

    private Optional<OrderSummary> summary(String orderId) {
        return store.read(tx -> tx.orders().summary(orderId));
    }

    private List<String> idsStartingWith(String text, int limit) {
        return store.read(tx -> tx.orders().idsStartingWith(text, limit));
    }

    private Map<String, Integer> shipmentsOn(LocalDate day) {
        return store.read(tx -> tx.orders().shipmentsOn(day));
    }

    private void applyOrderIds(String... ids) {
        List<FeedChange> page = new ArrayList<>();
        for (String id : ids) {
            // the lookups read only the id; minimal data, as an id such as O-1\C would need escaping in JSON
            page.add(change(page.size() + 1, "order", id, "{\"status\": \"SOURCED\"}"));
        }
        store.applyPage(page, page.size());
    }

    private static NewCommand cancel(String orderId) {
        return new NewCommand("CANCEL_LINES", "order", orderId, 1, "{\"lines\":[{\"line_no\":1,\"qty\":1}]}",
                "customer asked", "ana");
    }

    private static FeedChange change(long seq, String entity, String id, String json) {
        return new FeedChange(seq, entity, id, 1, false, Optional.of(json));
    }

    /** An order as the feed sends it: two lines, SKU-1 x2 and SKU-2 x3 (1 cancelled, 1 backordered). */
    private static FeedChange order(long seq, String orderId, String createdAt, String fulfillment,
            String... allocations) {
        return change(seq, "order", orderId, """
                {"order_id": "%s", "created_at": "%s", "channel": "web", "fulfillment": "%s",
                 "service_level": "STANDARD", "lat": 32.7, "lon": -96.8, "zip": "75233", "pickup_node_id": %s,
                 "customer_name": "Ana", "status": "SOURCED", "profile": "default", "value": 42.5,
                 "lines": [{"line_no": 1, "sku": "SKU-1", "qty": 2, "cancelled_qty": 0, "backordered_qty": 0},
                           {"line_no": 2, "sku": "SKU-2", "qty": 3, "cancelled_qty": 1, "backordered_qty": 1}],
                 "allocations": [%s]}""".formatted(orderId, createdAt, fulfillment,
                fulfillment.equals("PICKUP") ? "\"ST-7\"" : "null", String.join(", ", allocations)));
    }

    /** One unit of the line's SKU (line n holds SKU-n) from the node, in that shipment. */
    private static String allocation(int lineNo, String nodeId, String shipmentId) {
        return """
                {"line_no": %d, "sku": "SKU-%d", "qty": 1, "node_id": "%s", "shipment_id": "%s", "carrier": "UPS",
                 "service": "GROUND", "zone": "4", "distance_km": 12.5, "promised_days": 3}"""
                .formatted(lineNo, lineNo, nodeId, shipmentId);
    }
}
