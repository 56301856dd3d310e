package io.omniroute.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.FeedChange;
import io.omniroute.cache.H2LocalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's in-memory data over a real cache: the first load, then the live updates from applied pages. */
class ConsoleDataIT {

    private static final String UPDATED_AT = "2026-03-02T08:15:00Z";

    @TempDir
    Path dataDir;

    private CacheDatabase database;
    private H2LocalStore store;
    private ConsoleData data;
    private final Recorder told = new Recorder();
    private long seq;

    @BeforeEach
    void open() {
        database = CacheDatabase.open(dataDir);
        store = H2LocalStore.on(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (data != null) {
            data.close();
        }
        database.close();
    }

    @Test
    void loadReadsTheCatalogWithNodesPlacedByTheirZip() {
        apply(node("DC-1", "75233", 1), sku("SKU-1", "Mug", 1));

        load();

        assertThat(data.catalog().node("DC-1")).hasValueSatisfying(
                node -> assertThat(node.location()).isEqualTo("Dallas, TX"));
        assertThat(data.catalog().skuName("SKU-1")).isEqualTo("Mug");
        assertThat(told.catalogs).containsExactly(data.catalog());
    }

    @Test
    void loadReadsEveryPositionAndItsProgressReachesTheTotal() {
        apply(position("DC-1", "SKU-1", 1, 10), position("DC-1", "SKU-2", 1, 20), position("ST-2", "SKU-1", 1, 30));

        List<Long> progress = load();

        assertThat(progress).containsExactly(3L);
        assertThat(data.isLoaded()).isTrue();
        assertThat(valueOf(view -> view.count())).isEqualTo(3);
        assertThat(valueOf(view -> view.atp(view.row("ST-2", "SKU-1")))).isEqualTo(30);
        long updated = data.positions().read(view -> view.updatedEpochSecond(0));
        assertThat(updated).isEqualTo(Instant.parse(UPDATED_AT).getEpochSecond());
    }

    @Test
    void changedPositionsUpdateInPlaceAndReportTheirRows() {
        apply(position("DC-1", "SKU-1", 1, 10), position("DC-1", "SKU-2", 1, 20), position("ST-2", "SKU-1", 1, 30));
        load();
        int first = rowOf("DC-1", "SKU-1");
        int third = rowOf("ST-2", "SKU-1");

        apply(position("DC-1", "SKU-1", 2, 11), position("ST-2", "SKU-1", 2, 31));

        assertThat(told.positions).singleElement().satisfies(rows -> assertThat(rows)
                .containsExactlyInAnyOrder(first, third));
        assertThat(valueOf(view -> view.rows())).isEqualTo(3);
        assertThat(valueOf(view -> view.atp(first))).isEqualTo(11);
        assertThat(valueOf(view -> view.atp(third))).isEqualTo(31);
    }

    @Test
    void aNewPositionIsAppendedAndReportedWithItsRow() {
        apply(position("DC-1", "SKU-1", 1, 10));
        load();

        apply(position("DC-1", "SKU-9", 1, 90));

        assertThat(told.positions).singleElement().satisfies(rows -> assertThat(rows).containsExactly(1));
        assertThat(rowOf("DC-1", "SKU-9")).isEqualTo(1);
    }

    @Test
    void aDeletedPositionIsMarkedNotLiveAndReported() {
        apply(position("DC-1", "SKU-1", 1, 10), position("DC-1", "SKU-2", 1, 20));
        load();
        int row = rowOf("DC-1", "SKU-2");

        apply(deleted("inventory", "DC-1|SKU-2", 2));

        assertThat(told.positions).singleElement().satisfies(rows -> assertThat(rows).containsExactly(row));
        assertThat(live(row)).isFalse();
        assertThat(valueOf(view -> view.count())).isEqualTo(1);
    }

    @Test
    void aNodeChangeTellsANewCatalog() {
        apply(node("DC-1", "75233", 1));
        load();

        apply(node("ST-2", "10001", 1));

        assertThat(told.catalogs).hasSize(2);
        NetworkCatalog fresh = told.catalogs.get(1);
        assertThat(fresh.nodes()).extracting(NodeInfo::id).containsExactly("DC-1", "ST-2");
        assertThat(fresh.node("ST-2").orElseThrow().location()).isEqualTo("New York, NY");
        assertThat(data.catalog()).isSameAs(fresh);
    }

    @Test
    void aSkuChangeTellsANewCatalog() {
        apply(sku("SKU-1", "Mug", 1));
        load();

        apply(sku("SKU-1", "Travel mug", 2));

        assertThat(told.catalogs).hasSize(2);
        assertThat(told.catalogs.get(1).skuName("SKU-1")).isEqualTo("Travel mug");
    }

    @Test
    void aPageWithoutNodesOrSkusKeepsTheCatalog() {
        apply(node("DC-1", "75233", 1), position("DC-1", "SKU-1", 1, 10));
        load();
        NetworkCatalog loaded = data.catalog();

        apply(position("DC-1", "SKU-1", 2, 9));

        assertThat(told.catalogs).hasSize(1);
        assertThat(data.catalog()).isSameAs(loaded);
    }

    @Test
    void everyCacheChangeIsPassedOnToTheListeners() {
        load();

        apply(new FeedChange(++seq, "order", "O-1", 1, false, Optional.of("{\"status\": \"SOURCED\"}")));

        assertThat(told.changes).singleElement()
                .satisfies(changes -> assertThat(changes.ids(EntityTable.ORDER)).containsExactly("O-1"));
        assertThat(told.positions).isEmpty();
    }

    @Test
    void aPageAppliedBeforeTheLoadIsLeftToTheLoad() {
        data = ConsoleData.over(store, ZipDirectory.bundled());
        data.addListener(told);

        apply(position("DC-1", "SKU-1", 1, 10));

        assertThat(told.positions).isEmpty();
        assertThat(valueOf(view -> view.rows())).isZero();
        data.load(read -> { });
        assertThat(valueOf(view -> view.count())).isEqualTo(1);
    }

    /**
     * The race between the load's snapshot and the live updates, made deterministic. {@code load} calls its progress
     * callback on the loading thread after each 100,000 positions, after they went into the table and while its read
     * transaction still streams the rest. A page applied from there commits mid-load and tells ConsoleData on this
     * same thread, so it lands in {@code changedWhileLoading}. It changes, deletes and inserts positions whose ids
     * sort before the stream's cursor: the load can never read them again, so only the reading again at the end of
     * the load brings them in. (A page applied on the first catalogChanged would not do: it commits before the
     * positions are read, so the load itself would pick it up.)
     */
    @Test
    void changesAppliedWhileTheLoadRunsAreNotLost() {
        int total = 100_005;
        seedPositions("DC-1", total);
        List<String> events = new CopyOnWriteArrayList<>();
        data = ConsoleData.over(store, ZipDirectory.bundled());
        data.addListener(new DataListener() {
            @Override
            public void positionsChanged(int[] rows) {
                events.add("positions " + Arrays.toString(Arrays.stream(rows).sorted().toArray()));
            }
        });

        data.load(read -> {
            events.add("progress " + read);
            if (read == 100_000) {
                apply(position("DC-1", "SKU-000000", 2, 999), deleted("inventory", "DC-1|SKU-000001", 2),
                        position("DC-0", "SKU-000000", 1, 7));
            }
        });

        assertThat(events).containsExactly("progress 100000", "progress " + total,
                "positions [0, 1, " + total + "]");
        assertThat(valueOf(view -> view.atp(view.row("DC-1", "SKU-000000")))).isEqualTo(999);
        assertThat(live(rowOf("DC-1", "SKU-000001"))).isFalse();
        assertThat(valueOf(view -> view.atp(view.row("DC-0", "SKU-000000")))).isEqualTo(7);
        assertThat(valueOf(view -> view.count())).isEqualTo(total);
    }

    // --- fixtures --------------------------------------------------------------------------------------------------

    /** Creates the data over the store, listens to it and loads it; returns the progress reports. */
    private List<Long> load() {
        data = ConsoleData.over(store, ZipDirectory.bundled());
        data.addListener(told);
        List<Long> progress = new ArrayList<>();
        data.load(progress::add);
        return progress;
    }

    /** A number read from the position table under its read lock. */
    private int valueOf(ToIntFunction<PositionTable.View> query) {
        return data.positions().read(query::applyAsInt);
    }

    private int rowOf(String nodeId, String sku) {
        return valueOf(view -> view.row(nodeId, sku));
    }

    private boolean live(int row) {
        return data.positions().read(view -> view.live(row));
    }

    private void apply(FeedChange... changes) {
        store.applyPage(List.of(changes), seq);
    }

    /** Positions SKU-000000 onwards at the node, applied in the feed's largest pages. */
    private void seedPositions(String nodeId, int count) {
        List<FeedChange> page = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            page.add(position(nodeId, "SKU-%06d".formatted(i), 1, i % 50));
            if (page.size() == 10_000 || i == count - 1) {
                store.applyPage(page, seq);
                page = new ArrayList<>();
            }
        }
    }

    private FeedChange position(String nodeId, String sku, long version, int atp) {
        return change("inventory", nodeId + "|" + sku, version, """
                {"node_id": "%s", "sku": "%s", "on_hand": %d, "safety_stock": 2, "reserved": 5, "atp": %d,
                 "updated_at": "%s"}""".formatted(nodeId, sku, atp + 7, atp, UPDATED_AT));
    }

    private FeedChange node(String nodeId, String zip, long version) {
        return change("node", nodeId, version, """
                {"node_id": "%s", "name": "Node %s", "type": "DC", "zip": "%s", "daily_capacity": null,
                 "tags": []}""".formatted(nodeId, nodeId, zip));
    }

    private FeedChange sku(String sku, String name, long version) {
        return change("sku", sku, version, """
                {"sku": "%s", "name": "%s", "category": "Kitchen", "unit_price": 9.5}""".formatted(sku, name));
    }

    private FeedChange change(String entity, String id, long version, String json) {
        return new FeedChange(++seq, entity, id, version, false, Optional.of(json));
    }

    private FeedChange deleted(String entity, String id, long version) {
        return new FeedChange(++seq, entity, id, version, true, Optional.empty());
    }

    /** What the data told its listeners, in order. */
    private static final class Recorder implements DataListener {

        final List<NetworkCatalog> catalogs = new CopyOnWriteArrayList<>();
        final List<int[]> positions = new CopyOnWriteArrayList<>();
        final List<CacheChanges> changes = new CopyOnWriteArrayList<>();

        @Override
        public void catalogChanged(NetworkCatalog catalog) {
            catalogs.add(catalog);
        }

        @Override
        public void positionsChanged(int[] rows) {
            positions.add(rows);
        }

        @Override
        public void cacheChanged(CacheChanges changes) {
            this.changes.add(changes);
        }
    }
}
