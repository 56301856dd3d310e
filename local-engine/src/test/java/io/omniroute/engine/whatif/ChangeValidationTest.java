package io.omniroute.engine.whatif;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.Constraints;
import io.omniroute.engine.rules.Filters;
import io.omniroute.engine.rules.Match;
import io.omniroute.engine.rules.Objective;
import io.omniroute.engine.rules.Profile;
import io.omniroute.engine.rules.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every change refuses, naming the values, what does not fit the fixture's scenario. */
class ChangeValidationTest {

    private static final Scenario SCENARIO = WhatIfFixture.scenario();

    static Stream<Arguments> changesThatDoNotFit() {
        return Stream.of(
                Arguments.of(Change.closeNode("DC-009"),
                        "node DC-009 is not in the scenario: closing it changes nothing"),
                Arguments.of(Change.closeNode("dc-mid"),
                        "node dc-mid is not in the scenario (did you mean DC-MID? ids are compared exactly)"),
                Arguments.of(Change.closeNode("DC-SPARE"),
                        "node DC-SPARE is already closed (ship=false, pickup=false): closing it changes nothing"),
                Arguments.of(Change.openNode("DC-EAST"),
                        "node DC-EAST already ships (ship=true): opening it changes nothing"),
                Arguments.of(Change.openNode("DC-NEW"),
                        "node DC-NEW is not in the scenario: opening it changes nothing; a new node is added with"
                                + " Change.addNode"),
                Arguments.of(Change.addNode(node("DC-EAST", 40, -74)),
                        "node DC-EAST is already in the scenario: adding it again would give two nodes one id"),
                Arguments.of(Change.addNode(node("DC-NEW", 95, -74)),
                        "node DC-NEW is at lat 95.0, lon -74.0: lat must be between -90 and 90"),
                Arguments.of(Change.setCapacity("DC-EAST", -3),
                        "daily capacity -3 for node DC-EAST: must be >= 0 shipments per day"),
                Arguments.of(Change.removeCapacityLimit("DC-EAST"),
                        "node DC-EAST already has daily capacity unlimited: setting it to unlimited changes nothing"),
                Arguments.of(Change.setCapacity("DC-9", 10),
                        "node DC-9 is not in the scenario: changing its capacity changes nothing"),
                Arguments.of(Change.scaleCapacity("DC-EAST", 2),
                        "node DC-EAST has unlimited daily capacity: scaling it by 2 changes nothing"),
                Arguments.of(Change.scaleStock(StockScope.sku("Z-1"), 2),
                        "SKU Z-1 is not in the scenario: scaling SKU Z-1 changes nothing"),
                Arguments.of(Change.scaleStock(StockScope.category("toys"), 2),
                        "no SKU of the scenario has category 'toys': scaling category 'toys' changes nothing"),
                Arguments.of(Change.scaleStock(StockScope.node("DC-SPARE"), 2),
                        "the scenario holds no stock of stock at node DC-SPARE that a factor of 2 changes"),
                Arguments.of(Change.scaleStock(StockScope.all(), -1),
                        "factor -1.0 for all stock: must be a finite number >= 0"),
                Arguments.of(Change.scaleStock(StockScope.all(), Double.NaN),
                        "factor NaN for all stock: must be a finite number >= 0"),
                Arguments.of(Change.scaleStock(StockScope.all(), 1),
                        "factor 1 for all stock changes nothing: leave the change out"),
                Arguments.of(Change.moveStock("DC-EAST", "DC-EAST", StockScope.all(), 0.5),
                        "stock is moved from node DC-EAST to itself"),
                Arguments.of(Change.moveStock("DC-EAST", "DC-WEST", StockScope.all(), 1.5),
                        "fraction 1.5 of all stock to move from DC-EAST: must be above 0 and at most 1"),
                Arguments.of(Change.moveStock("DC-EAST", "DC-WEST", StockScope.node("DC-MID"), 0.5),
                        "the items to move name node DC-MID, but a move takes its nodes from 'from' (DC-EAST)"),
                Arguments.of(Change.moveStock("DC-SPARE", "DC-WEST", StockScope.all(), 0.5),
                        "node DC-SPARE holds no on-hand units of any SKU that moving 50% would move"),
                Arguments.of(Change.moveStock("DC-EAST", "DC-0", StockScope.category("home"), 0.5),
                        "node DC-0 is not in the scenario: moving category 'home' from DC-EAST to DC-0 changes"
                                + " nothing"),
                Arguments.of(Change.scaleCarrierRates("UPX", 1.1),
                        "carrier UPX is not in the scenario: scaling its rates changes nothing (carriers.csv has"
                                + " FASTCO, PARCELCO)"),
                Arguments.of(Change.scaleCarrierRates(-0.5),
                        "factor -0.5 for every carrier rate: must be a finite number >= 0"),
                Arguments.of(Change.scaleDemand(0, 1), "factor 0 for demand: must be above 0 and at most 100"),
                Arguments.of(Change.scaleDemand(250, 1), "factor 250 for demand: must be above 0 and at most 100"),
                Arguments.of(Change.scaleDemand(0.001, 1),
                        "scaling 310 orders by 0.001 leaves 0 orders: a run needs at least one"),
                Arguments.of(Change.scaleDemand(1.001, 1),
                        "scaling 310 orders by 1.001 rounds to 310 orders: it changes nothing"),
                Arguments.of(Change.replaceRules(RuleSet.builtIn()),
                        "the new rules (profiles default) are the ones the scenario already sources with"),
                Arguments.of(Change.replaceRules(excluding("DC-009")),
                        "the new rules do not fit the scenario: rules.yaml field profiles[0].filters.exclude_nodes:"
                                + " profile 'no-009' excludes node 'DC-009', which is not in the network"));
    }

    @ParameterizedTest
    @MethodSource("changesThatDoNotFit")
    void aChangeThatDoesNotFitNamesItsValues(Change change, String message) {
        assertThatThrownBy(() -> change.applyTo(SCENARIO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static Node node(String id, double lat, double lon) {
        return new Node(id, id, NodeType.DC, lat, lon, "", true, false, false, false, OptionalInt.empty(), 1, 0.1, 1,
                List.of());
    }

    private static RuleSet excluding(String nodeId) {
        return new RuleSet(List.of(new Profile("no-009", Match.ANY,
                new Filters(Set.of(), OptionalDouble.empty(), Set.of(nodeId), Set.of()),
                new Objective(0, 50, Map.of()), new Constraints(3, true), Optional.empty())));
    }
}
