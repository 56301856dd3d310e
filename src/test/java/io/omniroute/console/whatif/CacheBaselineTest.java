package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.PositionRow;
import io.omniroute.console.model.PositionTable;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stock a cache baseline replays from: on hand − reserved + what the window's own orders hold. */
class CacheBaselineTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Scenario NETWORK = network();

    private final String node = NETWORK.nodes().get(0).id();
    private final String other = NETWORK.nodes().get(1).id();
    private final String sku = NETWORK.skus().get(0).sku();

    @Test
    void theWindowsReservedAndShippedUnitsAreGivenBackAndOthersReservationsStayTaken() {
        PositionTable positions = table(new PositionRow(node, sku, 10, 6, 1, 3, AT));
        CachedOrder waiting = order("O-1", "SOURCED", allocation(node, 3));
        CachedOrder shipped = order("O-2", "SHIPPED", allocation(node, 2));

        CacheBaseline.Snapshot snapshot = CacheBaseline.build(NETWORK, positions, List.of(waiting, shipped));

        // 6 reserved: 3 by O-1 (in the window) and 3 by an older order that is not replayed; O-2's 2 shipped units
        // left on hand and reserved together
        assertThat(snapshot.scenario().inventory()).containsExactly(new InventoryPosition(node, sku, 10 - 6 + 3 + 2, 1));
        assertThat(snapshot.unitsGivenBack()).isEqualTo(5);
        assertThat(snapshot.scenario().orders()).extracting(Order::orderId).containsExactly("O-1", "O-2");
    }

    @Test
    void aCancelledOrdersReleasedUnitsAreNotGivenBackTwice() {
        PositionTable positions = table(new PositionRow(node, sku, 10, 0, 0, 10, AT));
        CachedOrder cancelled = order("O-3", "CANCELLED");

        CacheBaseline.Snapshot snapshot = CacheBaseline.build(NETWORK, positions, List.of(cancelled));

        assertThat(snapshot.scenario().inventory()).containsExactly(new InventoryPosition(node, sku, 10, 0));
        assertThat(snapshot.scenario().orders()).extracting(Order::orderId).containsExactly("O-3");
    }

    @Test
    void unitsHeldAtAPositionTheCacheNoLongerHasStartAPositionOfTheirOwn() {
        PositionTable positions = table(new PositionRow(node, sku, 10, 0, 0, 10, AT));

        CacheBaseline.Snapshot snapshot = CacheBaseline.build(NETWORK, positions,
                List.of(order("O-4", "SHIPPED", allocation(other, 4))));

        assertThat(snapshot.scenario().inventory()).contains(new InventoryPosition(other, sku, 4, 0));
    }

    @Test
    void whatTheCachedNetworkCannotSourceIsLeftOutAndCounted() {
        PositionTable positions = table(new PositionRow(node, sku, 10, 0, 0, 10, AT),
                new PositionRow("GONE-1", sku, 5, 0, 0, 5, AT));
        CachedOrder unknownSku = new CachedOrder(new Order("O-5", AT, "WEB", Fulfillment.SHIP, level(), 40.7, -74.0,
                "10001", Optional.empty(), "", List.of(new OrderLine(1, "NO-SUCH-SKU", 1))), 1, "EXCEPTION", "", 0, 0,
                List.of(), List.of(), List.of());

        CacheBaseline.Snapshot snapshot = CacheBaseline.build(NETWORK, positions, List.of(unknownSku,
                order("O-6", "SOURCED")));

        assertThat(snapshot.ordersLeftOut()).isEqualTo(1);
        assertThat(snapshot.positionsLeftOut()).isEqualTo(1);
        assertThat(snapshot.scenario().orders()).extracting(Order::orderId).containsExactly("O-6");
        assertThat(snapshot.reasons()).anySatisfy(reason -> assertThat(reason).contains("O-5", "NO-SUCH-SKU"));
    }

    private static Scenario network() {
        Scenario generated = ScenarioGenerator.generate(GeneratorSettings.of(5, 10, 1, 1, 2));
        return new Scenario(generated.nodes(), generated.skus(), List.of(), generated.zones(), generated.carriers(),
                generated.serviceLevels(), List.of(), generated.rules());
    }

    private static String level() {
        return NETWORK.serviceLevels().get(0).name();
    }

    private CachedOrder order(String id, String status, CachedOrder.Allocation... allocations) {
        Order order = new Order(id, AT, "WEB", Fulfillment.SHIP, level(), 40.7, -74.0, "10001", Optional.empty(), "",
                List.of(new OrderLine(1, sku, 5)));
        return new CachedOrder(order, 1, status, "", 0, 0, List.of(new CachedOrder.Line(1, sku, 5, 0, 0)),
                List.of(allocations), List.of());
    }

    private CachedOrder.Allocation allocation(String at, int qty) {
        return new CachedOrder.Allocation(1, sku, qty, at, "S1", "UPS", "GROUND", "Z1", 100, 3);
    }

    private static PositionTable table(PositionRow... rows) {
        PositionTable table = PositionTable.withCapacity(4);
        table.upsert(List.of(rows));
        return table;
    }
}
