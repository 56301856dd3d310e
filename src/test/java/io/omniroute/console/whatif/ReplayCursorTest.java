package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.simulation.Simulator;
import io.omniroute.engine.sourcing.Explanation;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.whatif.Change;
import io.omniroute.engine.whatif.Decisions;
import io.omniroute.engine.whatif.RunResult;
import io.omniroute.engine.whatif.Variant;
import io.omniroute.engine.whatif.WhatIfRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An order explained as the run sourced it: the replay reaches the same decision the run recorded. */
class ReplayCursorTest {

    private static final Scenario SCENARIO = WhatIfScenarios.generated(300);

    @Test
    void everyExplainedDecisionIsTheOneTheRunMadeInAnyOrderOfRequests() {
        Variant variant = Variant.of("no DC", Change.closeNode(busiestNode()));
        Scenario changed = variant.apply(SCENARIO);
        Decisions run = WhatIfRun.of(SCENARIO).run(variant).decisions();
        ReplayCursor cursor = new ReplayCursor(() -> changed);

        for (int i : new int[] {5, 120, 121, 299, 40, 0, 250}) {
            Explanation why = cursor.explain(run.orderId(i), (done, total) -> { }, () -> false).orElseThrow()
                    .explanation();
            assertThat(why.decision().shipments().stream().map(Shipment::nodeId).sorted().toList())
                    .as("order %s", run.orderId(i)).isEqualTo(run.nodeIds(i).stream().sorted().toList());
            assertThat(why.decision().totalCost()).isCloseTo(run.cost(i), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void theExplanationIsTheSimulatorsOwn() {
        String orderId = Simulator.of(SCENARIO, Optional.empty()).processingOrder().get(200).orderId();
        Explanation expected = Simulator.of(SCENARIO, Optional.empty()).explain(orderId).orElseThrow();

        Explanation replayed = new ReplayCursor(() -> SCENARIO).explain(orderId, (d, t) -> { }, () -> false)
                .orElseThrow().explanation();

        assertThat(replayed).isEqualTo(expected);
    }

    @Test
    void aLaterOrderContinuesFromWhereTheLastReplayStopped() {
        List<Order> orders = Simulator.of(SCENARIO, Optional.empty()).processingOrder();
        ReplayCursor cursor = new ReplayCursor(() -> SCENARIO);
        cursor.explain(orders.get(100).orderId(), (d, t) -> { }, () -> false);
        List<Integer> reported = new ArrayList<>();

        cursor.explain(orders.get(150).orderId(), (done, total) -> reported.add(done), () -> false);

        assertThat(cursor.position()).isEqualTo(150);
        assertThat(reported).containsExactly(150);
    }

    @Test
    void aCancelledReplayStopsBetweenOrdersAndStaysUsable() {
        List<Order> orders = Simulator.of(SCENARIO, Optional.empty()).processingOrder();
        ReplayCursor cursor = new ReplayCursor(() -> SCENARIO);
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> cursor.explain(orders.get(280).orderId(), (d, t) -> { },
                () -> asked.incrementAndGet() > 50)).isInstanceOf(CancellationException.class);
        assertThat(cursor.position()).isEqualTo(50);

        assertThat(cursor.explain(orders.get(280).orderId(), (d, t) -> { }, () -> false)).isPresent();
    }

    @Test
    void anOrderTheRunDoesNotHaveHasNoExplanation() {
        assertThat(new ReplayCursor(() -> SCENARIO).explain("NO-SUCH-ORDER", (d, t) -> { }, () -> false)).isEmpty();
    }

    /** The node that ships the most baseline orders: closing it changes many decisions. */
    static String busiestNode() {
        RunResult base = WhatIfRun.of(SCENARIO).run(Variant.baseline());
        return base.kpis().nodeUtilization().stream()
                .max(java.util.Comparator.comparingLong(n -> n.shipments())).orElseThrow().nodeId();
    }
}
