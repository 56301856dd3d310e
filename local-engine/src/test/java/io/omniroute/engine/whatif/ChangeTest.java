package io.omniroute.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What each change does to a scenario. */
class ChangeTest {

    private final Scenario scenario = WhatIfFixture.scenario();

    @Test
    void closingANodeStopsItShippingAndTakingPickups() {
        Node closed = node(Change.closeNode("ST-BOS").applyTo(scenario), "ST-BOS");

        assertThat(closed.ship()).isFalse();
        assertThat(closed.pickup()).isFalse();
    }

    @Test
    void openingANodeLetsItShip() {
        assertThat(node(Change.openNode("DC-SPARE").applyTo(scenario), "DC-SPARE").ship()).isTrue();
    }

    @Test
    void scalingCapacityRoundsToWholeShipments() {
        Scenario limited = Change.setCapacity("DC-MID", 25).applyTo(scenario);

        Scenario scaled = Change.scaleCapacity("DC-MID", 1.1).applyTo(limited);

        assertThat(node(scaled, "DC-MID").dailyCapacity()).isEqualTo(OptionalInt.of(28));
    }

    @Test
    void scalingStockOfACategoryTouchesOnlyItsSkus() {
        Scenario scaled = Change.scaleStock(StockScope.category("garden").atNode("DC-EAST"), 0.5).applyTo(scenario);

        assertThat(scaled.inventory()).contains(new InventoryPosition("DC-EAST", "C", 500_000, 0),
                new InventoryPosition("DC-EAST", "A", 1_000_000, 0),
                new InventoryPosition("DC-MID", "C", 1_000_000, 0));
    }

    @Test
    void movingStockCreatesPositionsWhereTheReceiverHadNone() {
        Scenario moved = Change.moveStock("DC-EAST", "DC-SPARE", StockScope.sku("B"), 1).applyTo(scenario);

        assertThat(moved.inventory()).contains(new InventoryPosition("DC-EAST", "B", 0, 0),
                new InventoryPosition("DC-SPARE", "B", 1_000_000, 0));
        assertThat(moved.inventory()).hasSize(scenario.inventory().size() + 1);
    }

    @Test
    void scalingOneCarriersRatesLeavesTheOthers() {
        Scenario scaled = Change.scaleCarrierRates("FASTCO", 2).applyTo(scenario);

        CarrierService air = scaled.carriers().stream().filter(c -> c.carrier().equals("FASTCO")).findFirst()
                .orElseThrow();
        assertThat(air.baseRate()).isEqualTo(60.0);
        assertThat(air.perKg()).isEqualTo(5.0);
        assertThat(scaled.carriers().stream().filter(c -> c.carrier().equals("PARCELCO")).toList())
                .isEqualTo(scenario.carriers().stream().filter(c -> c.carrier().equals("PARCELCO")).toList());
    }

    private static Node node(Scenario scenario, String id) {
        return scenario.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
