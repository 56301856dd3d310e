package io.omniroute.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class VariantTest {

    private final Scenario scenario = WhatIfFixture.scenario();

    @Test
    void everyChangeThatDoesNotFitIsListedWithItsPlace() {
        Variant variant = Variant.of("typos", Change.closeNode("DC-009"), Change.scaleCapacity("DC-MID", 0.5),
                Change.scaleStock(StockScope.category("toys"), 2));

        InvalidVariantException error = catchThrowableOfType(() -> variant.apply(scenario),
                InvalidVariantException.class);

        assertThat(error.variant()).isEqualTo("typos");
        assertThat(error.problems()).containsExactly(
                "change 1 (close node DC-009): node DC-009 is not in the scenario: closing it changes nothing",
                "change 2 (scale the daily capacity of node DC-MID by 0.5): node DC-MID has unlimited daily capacity:"
                        + " scaling it by 0.5 changes nothing; set a number with Change.setCapacity",
                "change 3 (scale category 'toys' by 2): no SKU of the scenario has category 'toys': scaling category"
                        + " 'toys' changes nothing (categories are compared exactly, as in skus.csv)");
    }

    @Test
    void laterChangesSeeEarlierOnes() {
        Node denver = new Node("DC-DEN", "Denver", NodeType.DC, 39.74, -104.99, "", true, false, false, false,
                OptionalInt.empty(), 1.0, 0.1, 0, List.of());

        Scenario changed = Variant.of("denver", Change.addNode(denver),
                Change.moveStock("DC-MID", "DC-DEN", StockScope.sku("A"), 0.25),
                Change.setCapacity("DC-DEN", 40)).apply(scenario);

        assertThat(changed.nodes()).last().extracting(n -> n.dailyCapacity()).isEqualTo(OptionalInt.of(40));
        assertThat(changed.inventory()).contains(new InventoryPosition("DC-DEN", "A", 250_000, 0),
                new InventoryPosition("DC-MID", "A", 750_000, 0));
    }

    @Test
    void applyingLeavesTheBaselineAsItWas() {
        Variant.of("close", Change.closeNode("DC-MID"), Change.scaleDemand(2, 1)).apply(scenario);

        assertThat(scenario).isEqualTo(WhatIfFixture.scenario());
    }

    @Test
    void aVariantWithChangesCannotTakeTheBaselinesName() {
        assertThatThrownBy(() -> Variant.of("baseline", Change.closeNode("DC-MID")))
                .hasMessageContaining("cannot be named 'baseline'");
    }

    @Test
    void describeListsTheChangesInOrder() {
        Variant variant = Variant.of("v", Change.closeNode("DC-MID"), Change.scaleCarrierRates("PARCELCO", 1.1),
                Change.moveStock("DC-EAST", "DC-WEST", StockScope.category("garden"), 0.3));

        assertThat(variant.describe()).isEqualTo("close node DC-MID; scale the rates of carrier PARCELCO by 1.1;"
                + " move 30% of category 'garden' from node DC-EAST to node DC-WEST");
    }
}
