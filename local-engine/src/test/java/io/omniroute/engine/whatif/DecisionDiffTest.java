package io.omniroute.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DecisionDiffTest {

    private final Scenario scenario = WhatIfFixture.scenario();
    private final WhatIfRun whatIf = WhatIfRun.of(scenario);
    private final RunResult baseline = whatIf.run(Variant.baseline());

    @Test
    void variantWithoutChangesGivesAnEmptyDiff() {
        RunResult same = whatIf.run(Variant.of("unchanged"));

        DecisionDiff diff = DecisionDiff.between(baseline, same);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.comparedOrders()).isEqualTo(scenario.orders().size());
        assertThat(diff.counts().values()).containsOnly(0L);
    }

    @Test
    void closingANodeChangesExactlyTheOrdersItServed() {
        Set<String> servedByMid = ordersServedBy("DC-MID");

        RunResult closed = whatIf.run(Variant.of("close-mid", Change.closeNode("DC-MID")));
        DecisionDiff diff = DecisionDiff.between(baseline, closed);

        assertThat(servedByMid).hasSizeGreaterThan(20);
        assertThat(diff.changes()).extracting(OrderChange::orderId).containsExactlyInAnyOrderElementsOf(servedByMid);
        assertThat(diff.changes()).allSatisfy(change -> {
            assertThat(change.kinds()).contains(ChangeKind.NODES_CHANGED);
            assertThat(change.after().orElseThrow().nodeIds()).doesNotContain("DC-MID");
        });
        assertThat(diff.count(ChangeKind.NODES_CHANGED)).isEqualTo(servedByMid.size());
    }

    @Test
    void closingANodeMovesItsOrdersToDearerPlans() {
        RunResult closed = whatIf.run(Variant.of("close-mid", Change.closeNode("DC-MID")));

        DecisionDiff diff = DecisionDiff.between(baseline, closed);

        // every plan was the cheapest over all open nodes, so losing one can only cost more (or tie, never less)
        assertThat(diff.count(ChangeKind.COST_DOWN)).isZero();
        assertThat(diff.changes()).allSatisfy(change -> assertThat(change.costDelta()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void closingAPickupStoreLeavesItsPickupsShortAndMovesItsShipments() {
        RunResult closed = whatIf.run(Variant.of("close-bos", Change.closeNode("ST-BOS")));

        DecisionDiff diff = DecisionDiff.between(baseline, closed);

        Set<String> newlyUnfilled = diff.changes().stream()
                .filter(change -> change.kinds().contains(ChangeKind.NEWLY_UNFILLED))
                .map(OrderChange::orderId).collect(Collectors.toSet());
        assertThat(newlyUnfilled).hasSize(WhatIfFixture.PICKUP_ORDERS).allMatch(id -> id.startsWith("P-"));
        assertThat(diff.changes()).extracting(OrderChange::orderId)
                .containsExactlyInAnyOrderElementsOf(ordersServedBy("ST-BOS"));
    }

    @Test
    void aNodeOnlyTheVariantHasIsToldApartById() {
        Node denver = new Node("DC-DEN", "Denver", NodeType.DC, 39.74, -104.99, "80202", true, false, false, false,
                OptionalInt.empty(), 1.0, 0.1, 0, List.of());
        Variant variant = Variant.of("denver", Change.addNode(denver),
                Change.moveStock("DC-MID", "DC-DEN", StockScope.all(), 0.5));

        DecisionDiff diff = DecisionDiff.between(baseline, whatIf.run(variant));

        assertThat(diff.changes()).isNotEmpty().allSatisfy(change -> {
            assertThat(change.after().orElseThrow().nodeIds()).containsExactly("DC-DEN");
            assertThat(change.kinds()).contains(ChangeKind.NODES_CHANGED);
        });
    }

    private Set<String> ordersServedBy(String nodeId) {
        Decisions decisions = baseline.decisions();
        Set<String> served = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.nodeIds(i).contains(nodeId)) {
                served.add(decisions.orderId(i));
            }
        }
        return served;
    }
}
