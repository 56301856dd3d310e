package io.omniroute.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initial sync of a national network: inventory changes in the feed's largest pages (10,000). A benchmark, not a
 * test: it runs only when asked, e.g. {@code -Dcache.speed.rows=2000000} for the full size, and logs the time
 * (docs/BENCHMARKS.md keeps the figures).
 */
@EnabledIfSystemProperty(named = "cache.speed.rows", matches = "\\d+")
class CacheInitialSyncSpeedIT {

    private static final Logger LOG = LoggerFactory.getLogger(CacheInitialSyncSpeedIT.class);
    private static final int PAGE = 10_000;
    private static final int SKUS = 4_000;

    @TempDir
    Path dataDir;

    @Test
    void anInitialSyncAppliesTenThousandRowPagesFast() {
        int rows = Integer.getInteger("cache.speed.rows", 200_000);
        try (CacheDatabase database = CacheDatabase.open(dataDir)) {
            H2LocalStore store = H2LocalStore.on(database, Clock.systemUTC());
            long started = System.nanoTime();
            for (int from = 0; from < rows; from += PAGE) {
                List<FeedChange> page = page(from, Math.min(rows, from + PAGE), 1);
                store.applyPage(page, from + page.size());
            }
            long initialMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            // a second pass of newer versions over the same keys: the steady-state update path
            started = System.nanoTime();
            int updates = Math.min(rows, 100_000);
            for (int from = 0; from < updates; from += PAGE) {
                store.applyPage(page(from, Math.min(updates, from + PAGE), 2), rows + from + PAGE);
            }
            long updateMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            LOG.info("applied {} new inventory rows in {} ms ({} rows/s); {} updates in {} ms", rows, initialMillis,
                    rows * 1000L / Math.max(1, initialMillis), updates, updateMillis);
            assertThat(store.stats().entities().get(EntityTable.INVENTORY)).isEqualTo(rows);
            // a guard against pathological slowness only (a commit per row is ~100 rows/s): a shared 2-core machine
            // measured 9,000 to 27,000 rows/s depending on its load
        }
    }

    /** Positions from..to of a network of NODES nodes, node by node as the server's import writes its feed. */
    private static List<FeedChange> page(int from, int to, long version) {
        List<FeedChange> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String node = String.format("ST-%04d", i / SKUS);
            String sku = String.format("SKU-%06d", i % SKUS);
            page.add(TestFeed.inventory(i + 1L, node, sku, version, i % 50));
        }
        return page;
    }
}
