package io.omniroute.cache;

import static io.omniroute.cache.TestFeed.deleted;
import static io.omniroute.cache.TestFeed.inventory;
import static io.omniroute.cache.TestFeed.node;
import static io.omniroute.cache.TestFeed.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying change-feed pages: idempotent, version-guarded, and atomic with the cursor. */
class CacheApplyPageIT {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dataDir;

    private CacheDatabase database;
    private H2LocalStore store;

    @BeforeEach
    void open() {
        database = CacheDatabase.open(dataDir);
        store = H2LocalStore.on(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEmptyCacheStartsAtCursorZero() {
        assertThat(store.cursor()).isZero();
        assertThat(store.syncState().lastSyncAt()).isEmpty();
    }

    @Test
    void applyingAPageStoresEachEntityAsSentAndMovesTheCursor() {
        FeedChange stock = inventory(1, "DC-001", "SKU-1", 3, 33);
        store.applyPage(List.of(stock, order(2, "O-1", 1, "SOURCED")), 2);

        assertThat(store.entityJson(EntityTable.INVENTORY, "DC-001|SKU-1")).isEqualTo(stock.data());
        assertThat(store.entityJson(EntityTable.ORDER, "O-1")).get().asString().contains("\"status\":\"SOURCED\"");
        assertThat(store.cursor()).isEqualTo(2);
        assertThat(store.syncState().lastSyncAt()).contains(NOW);
    }

    @Test
    void applyingTheSamePageTwiceChangesNothing() {
        List<FeedChange> page = List.of(inventory(1, "DC-001", "SKU-1", 3, 33), order(2, "O-1", 1, "SOURCED"));
        store.applyPage(page, 2);
        CacheStats once = store.stats();

        store.applyPage(page, 2);

        assertThat(store.stats()).isEqualTo(once);
        assertThat(once.entities().get(EntityTable.INVENTORY)).isEqualTo(1);
    }

    @Test
    void aChangeOlderThanTheCachedVersionIsSkipped() {
        store.applyPage(List.of(order(5, "O-1", 4, "PARTIAL")), 5);

        store.applyPage(List.of(order(6, "O-1", 3, "SOURCED")), 6);

        assertThat(store.entityJson(EntityTable.ORDER, "O-1")).get().asString().contains("\"status\":\"PARTIAL\"");
        assertThat(store.cursor()).isEqualTo(6);
    }

    @Test
    void withinAPageTheHighestVersionOfAnEntityWins() {
        store.applyPage(List.of(order(1, "O-1", 1, "SOURCED"), order(2, "O-1", 2, "PARTIAL"),
                order(3, "O-1", 3, "CANCELLED")), 3);

        assertThat(store.entityJson(EntityTable.ORDER, "O-1")).get().asString().contains("\"status\":\"CANCELLED\"");
    }

    @Test
    void aDeletionRemovesTheEntity() {
        store.applyPage(List.of(node(1, "ST-1", 1), node(2, "ST-2", 1)), 2);

        store.applyPage(List.of(deleted(3, "node", "ST-1", 2)), 3);

        assertThat(store.entityJson(EntityTable.NODE, "ST-1")).isEmpty();
        assertThat(store.entityJson(EntityTable.NODE, "ST-2")).isPresent();
    }

    @Test
    void aDeletionOlderThanTheCachedVersionIsSkipped() {
        store.applyPage(List.of(node(1, "ST-1", 5)), 1);

        store.applyPage(List.of(deleted(2, "node", "ST-1", 4)), 2);

        assertThat(store.entityJson(EntityTable.NODE, "ST-1")).isPresent();
    }

    @Test
    void aPageWhoseApplyFailsLeavesTheRowsAndTheCursorUntouched() {
        store.applyPage(List.of(node(1, "ST-1", 1)), 1);
        // the nodes are written first; the inventory row without node_id then breaks a NOT NULL column
        FeedChange broken = new FeedChange(4, "inventory", "X|Y", 1, false, Optional.of("{\"sku\":\"Y\"}"));
        List<FeedChange> page = List.of(node(2, "ST-2", 1), deleted(3, "node", "ST-1", 2), broken);

        assertThatThrownBy(() -> store.applyPage(page, 4)).isInstanceOf(CacheException.class)
                .hasMessageContaining("NODE_ID");

        assertThat(store.cursor()).isEqualTo(1);
        assertThat(store.entityJson(EntityTable.NODE, "ST-1")).isPresent();
        assertThat(store.entityJson(EntityTable.NODE, "ST-2")).isEmpty();
    }

    @Test
    void aChangeOfAnUnknownEntityFailsThePageWithTheNameInTheMessage() {
        FeedChange unknown = new FeedChange(1, "carrier", "UPS", 1, false, Optional.of("{}"));

        assertThatThrownBy(() -> store.applyPage(List.of(unknown), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown entity 'carrier'");
        assertThat(store.cursor()).isZero();
    }

    @Test
    void malformedDataFailsThePageAndNamesTheChange() {
        FeedChange bad = new FeedChange(7, "order", "O-9", 1, false, Optional.of("{\"created_at\": \"yesterday\"}"));

        assertThatThrownBy(() -> store.applyPage(List.of(bad), 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order O-9").hasMessageContaining("created_at");
        assertThat(store.cursor()).isZero();
    }

    @Test
    void anUpdateKeepsTheEntitysPendingMark() {
        store.applyPage(List.of(order(1, "O-1", 1, "SOURCED")), 1);
        store.enqueue(new NewCommand("CANCEL_LINES", "order", "O-1", 1, "{}", "asked", "ana"), NOW);

        store.applyPage(List.of(order(2, "O-1", 2, "CANCELLED")), 2);

        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(1);
    }

    @Test
    void theSyncSourceIsRemembered() {
        store.rememberSource("http://127.0.0.1:8080/api/v1", "ana");

        assertThat(store.syncState().serverUrl()).contains("http://127.0.0.1:8080/api/v1");
        assertThat(store.syncState().user()).contains("ana");
    }

    @Test
    void theCacheSurvivesClosingAndReopening() {
        store.applyPage(List.of(inventory(1, "DC-001", "SKU-1", 1, 10)), 9);
        database.close();

        database = CacheDatabase.open(dataDir);
        store = H2LocalStore.on(database, Clock.systemUTC());

        assertThat(store.cursor()).isEqualTo(9);
        assertThat(store.stats().entities().get(EntityTable.INVENTORY)).isEqualTo(1);
    }
}
