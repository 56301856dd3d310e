package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.PlanningRepository;
import io.omniroute.engine.whatif.Decisions;
import io.omniroute.engine.whatif.Variant;
import io.omniroute.engine.whatif.WhatIfRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache baseline against the real backend: orders placed through the API, some shipped, the cache synced by the
 * real client. Replaying a window from the stock the baseline reconstructs re-makes the backend's own decisions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfCacheBaselineIT {

    @TempDir
    static Path folder;

    private CachedBackend backend;
    private Instant secondPass;
    private List<CachedOrder> all;

    @BeforeAll
    void placeShipAndSync() throws Exception {
        backend = CachedBackend.start(folder, 1);
        secondPass = Instant.now();
        // the second pass must be created after this instant: wait for the clock to move past it
        while (!Instant.now().isAfter(secondPass)) {
            Thread.onSpinWait();
        }
        backend.placeAgain(2);
        all = backend.store.read(tx -> tx.planning().ordersCreated(Instant.EPOCH, Instant.now().plusSeconds(60)));
        for (CachedOrder order : all.subList(0, 12)) {
            if (order.status().equals("SOURCED") && order.order().pickupNodeId().isEmpty()) {
                backend.ship(order.orderId());
            }
        }
        backend.sync();
        all = backend.store.read(tx -> tx.planning().ordersCreated(Instant.EPOCH, Instant.now().plusSeconds(60)));
    }

    @AfterAll
    void stop() {
        backend.close();
    }

    @Test
    void replayingEveryCachedOrderRemakesTheBackendsDecisions() {
        assertThat(all).anyMatch(order -> order.status().equals("SHIPPED"));

        Baseline baseline = new BaselineReader(backend.data).fromCache(Instant.EPOCH, Instant.now().plusSeconds(60),
                Instant.now());

        assertThat(baseline.orders()).isEqualTo(all.size());
        assertSameDecisions(baseline, all);
    }

    @Test
    void aWindowLeavingOutOlderOrdersStartsFromTheStockTheirReservationsLeft() {
        List<CachedOrder> window = all.stream().filter(o -> !o.order().createdAt().isBefore(secondPass)).toList();

        Baseline baseline = new BaselineReader(backend.data).fromCache(secondPass, Instant.now().plusSeconds(60),
                Instant.now());

        assertThat(window).hasSizeLessThan(all.size());
        assertThat(baseline.orders()).isEqualTo(window.size());
        assertSameDecisions(baseline, window);
    }

    @Test
    void theWindowIsCountedWithoutReadingItsOrders() {
        PlanningRepository.CreatedOrders count = new BaselineReader(backend.data).count(secondPass,
                Instant.now().plusSeconds(60));

        long expected = all.stream().filter(o -> !o.order().createdAt().isBefore(secondPass)).count();
        assertThat(count.count()).isEqualTo(expected);
        assertThat(count.first()).isPresent();
        assertThat(count.last().orElseThrow()).isAfterOrEqualTo(count.first().orElseThrow());
    }

    /** Every order of the replay ships from the nodes the backend allocated it to. */
    private static void assertSameDecisions(Baseline baseline, List<CachedOrder> orders) {
        Decisions replayed = WhatIfRun.of(baseline.scenario()).run(Variant.baseline()).decisions();
        Map<String, TreeSet<String>> allocated = orders.stream().collect(Collectors.toMap(CachedOrder::orderId,
                order -> order.allocations().stream().map(CachedOrder.Allocation::nodeId)
                        .collect(Collectors.toCollection(TreeSet::new))));
        assertThat(replayed.size()).isEqualTo(orders.size());
        for (int i = 0; i < replayed.size(); i++) {
            assertThat(new TreeSet<>(replayed.nodeIds(i))).as("order %s", replayed.orderId(i))
                    .isEqualTo(allocated.get(replayed.orderId(i)));
        }
    }
}
