package io.omniroute.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's pickups read from a real cache filled by feed pages, as the sync client fills it. */
class PickupRepositoryIT {

    private static final Instant WEEK_AGO = Instant.parse("2026-02-23T00:00:00Z");

    @TempDir
    Path dataDir;

    private CacheDatabase database;
    private H2LocalStore store;

    @BeforeEach
    void open() {
        database = CacheDatabase.open(dataDir);
        store = H2LocalStore.on(database, Clock.systemUTC());
        store.applyPage(List.of(
                change(1, "node", "ST-1", "{\"node_id\":\"ST-1\",\"name\":\"LA Store\",\"type\":\"STORE\"}"),
                change(2, "node", "ST-2", "{\"node_id\":\"ST-2\",\"name\":\"Chicago Store\",\"type\":\"STORE\"}"),
                change(3, "sku", "SKU-1", "{\"sku\":\"SKU-1\",\"name\":\"Desk lamp\",\"category\":\"home\"}"),
                change(4, "order", "O-1", order("O-1", "ST-1", "mobile")),
                change(5, "pickup", "O-1", pickup("O-1", "ST-1", "NEW", "2026-03-02T18:00:00Z", null,
                        "[{\"line_no\":1,\"sku\":\"SKU-2\",\"qty\":2,\"ready_qty\":0,\"rejected_qty\":1},"
                        + "{\"line_no\":2,\"sku\":\"SKU-1\",\"qty\":1,\"ready_qty\":1,\"rejected_qty\":0,"
                        + "\"aisle\":\"4\",\"bin\":\"B12\"}]")),
                change(6, "order", "O-9", order("O-9", "ST-2", "web")),
                change(7, "pickup", "O-9", pickup("O-9", "ST-2", "NEW", "2026-03-02T18:00:00Z", null, "[]"))), 7);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void readsAPickupWithItsLinesAndItsOrdersChannel() {
        List<PickupRow> pickups = atNode("ST-1");

        assertThat(pickups).singleElement().satisfies(pickup -> {
            assertThat(pickup.orderId()).isEqualTo("O-1");
            assertThat(pickup.nodeId()).isEqualTo("ST-1");
            assertThat(pickup.status()).isEqualTo("NEW");
            assertThat(pickup.customerName()).isEqualTo("Ana Lima");
            assertThat(pickup.readyBy()).isEqualTo(Instant.parse("2026-03-02T18:00:00Z"));
            assertThat(pickup.readyAt()).isEmpty();
            assertThat(pickup.value()).isEqualTo(42.5);
            assertThat(pickup.channel()).isEqualTo("mobile");
            assertThat(pickup.version()).isEqualTo(5);
            assertThat(pickup.pending()).isZero();
            assertThat(pickup.lines()).containsExactly(
                    new PickupRow.Line(1, "SKU-2", 2, 0, 1, Optional.empty()),
                    new PickupRow.Line(2, "SKU-1", 1, 1, 0, Optional.of("aisle 4 / bin B12")));
        });
    }

    @Test
    void anotherStoresPickupIsNeverRead() {
        assertThat(atNode("ST-1")).extracting(PickupRow::orderId)
                .containsExactly("O-1");
        assertThat(byIds(Set.of("O-1", "O-9"))).extracting(PickupRow::orderId)
                .containsExactly("O-1");
    }

    @Test
    void finishedPickupsAreReadFromTheWindowOnOpenOnesWhateverTheirPromise() {
        store.applyPage(List.of(
                change(10, "pickup", "O-OLD-OPEN", pickup("O-OLD-OPEN", "ST-1", "READY", "2026-01-05T18:00:00Z",
                        "2026-01-05T17:00:00Z", "[]")),
                change(11, "pickup", "O-OLD-DONE", pickup("O-OLD-DONE", "ST-1", "COLLECTED", "2026-01-05T18:00:00Z",
                        null, "[]")),
                change(12, "pickup", "O-RECENT-DONE", pickup("O-RECENT-DONE", "ST-1", "NO_SHOW",
                        "2026-02-26T18:00:00Z", "2026-02-26T17:00:00Z", "[]"))), 12);

        List<PickupRow> pickups = atNode("ST-1");

        assertThat(pickups).extracting(PickupRow::orderId).containsExactly("O-OLD-OPEN", "O-RECENT-DONE", "O-1");
        assertThat(pickups.get(0).readyAt()).contains(Instant.parse("2026-01-05T17:00:00Z"));
    }

    @Test
    void aPickupWhoseOrderIsNotCachedHasNoChannel() {
        store.applyPage(List.of(change(10, "pickup", "O-2", pickup("O-2", "ST-1", "NEW", "2026-03-02T19:00:00Z",
                null, "[]"))), 10);

        assertThat(byIds(Set.of("O-2"))).singleElement()
                .extracting(PickupRow::channel).isEqualTo("");
    }

    @Test
    void aQueuedCommandShowsAsThePickupsPendingMark() {
        store.enqueue(new NewCommand("PICKUP_ACCEPT", "pickup", "O-1", 5, "{}", "", "mgr"), Instant.now());

        assertThat(byIds(Set.of("O-1"))).singleElement()
                .satisfies(pickup -> assertThat(pickup.isPending()).isTrue());
    }

    @Test
    void manyIdsAreReadInChunks() {
        List<FeedChange> page = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            String id = "O-M" + i;
            ids.add(id);
            page.add(change(100 + i, "pickup", id, pickup(id, "ST-1", "NEW", "2026-03-02T19:00:00Z", null, "[]")));
        }
        store.applyPage(page, 1_400);

        assertThat(byIds(ids)).hasSize(1_200);
    }

    private List<PickupRow> atNode(String nodeId) {
        return store.read(tx -> tx.pickups().atNode(nodeId, WEEK_AGO));
    }

    private List<PickupRow> byIds(Collection<String> ids) {
        return store.read(tx -> tx.pickups().byIds("ST-1", ids));
    }

    private static String order(String orderId, String nodeId, String channel) {
        return "{\"order_id\":\"" + orderId + "\",\"created_at\":\"2026-03-02T08:00:00Z\",\"channel\":\"" + channel
                + "\",\"fulfillment\":\"PICKUP\",\"service_level\":\"STANDARD\",\"pickup_node_id\":\"" + nodeId
                + "\",\"customer_name\":\"Ana Lima\",\"status\":\"SOURCED\",\"value\":42.5,\"lines\":[],"
                + "\"allocations\":[]}";
    }

    private static String pickup(String orderId, String nodeId, String status, String readyBy, String readyAt,
            String lines) {
        return "{\"order_id\":\"" + orderId + "\",\"node_id\":\"" + nodeId + "\",\"status\":\"" + status
                + "\",\"customer_name\":\"Ana Lima\",\"ready_by\":\"" + readyBy + "\",\"value\":42.5,\"ready_at\":"
                + (readyAt == null ? "null" : "\"" + readyAt + "\"") + ",\"lines\":" + lines + "}";
    }

    private static FeedChange change(long seq, String entity, String id, String json) {
        return new FeedChange(seq, entity, id, seq, false, Optional.of(json));
    }
}
