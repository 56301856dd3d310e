package io.omniroute.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandScalingTest {

    private final Scenario scenario = WhatIfFixture.scenario();
    private final int orders = scenario.orders().size();

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.5,  155
            0.1,  31
            1.5,  465
            2,    620
            3.25, 1008
            """)
    void scaledDemandHasTheRoundedMultipleOfTheOrders(double factor, int expected) {
        Scenario scaled = Change.scaleDemand(factor, 7).applyTo(scenario);

        assertThat(scaled.orders()).hasSize(expected);
        assertThat(scaled.orders()).extracting(Order::orderId).doesNotHaveDuplicates();
    }

    @Test
    void theSameSeedDrawsTheSameSample() {
        List<String> first = ids(Change.scaleDemand(0.5, 7).applyTo(scenario));
        List<String> again = ids(Change.scaleDemand(0.5, 7).applyTo(scenario));
        List<String> other = ids(Change.scaleDemand(0.5, 8).applyTo(scenario));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aCopyIsTheOriginalUnderANewId() {
        Scenario doubled = Change.scaleDemand(2, 7).applyTo(scenario);
        Order original = scenario.orders().get(0);

        Order copy = doubled.orders().stream().filter(o -> o.orderId().equals(original.orderId() + "~2"))
                .findFirst().orElseThrow();

        assertThat(copy.createdAt()).isEqualTo(original.createdAt());
        assertThat(copy.lines()).isEqualTo(original.lines());
        assertThat(copy.lat()).isEqualTo(original.lat());
    }

    @Test
    void doublingDemandAddsOneCopyOfEveryOrderAndChangesNoOther() {
        WhatIfRun whatIf = WhatIfRun.of(scenario);
        RunResult baseline = whatIf.run(Variant.baseline());

        RunResult doubled = whatIf.run(Variant.of("double", Change.scaleDemand(2, 7)));
        DecisionDiff diff = DecisionDiff.between(baseline, doubled);

        // stock never binds in the fixture, so the copies take nothing the originals needed
        assertThat(diff.count(ChangeKind.ADDED)).isEqualTo(orders);
        assertThat(diff.changedOrders()).isEqualTo(orders);
        assertThat(doubled.kpis().orders()).isEqualTo(2L * orders);
        assertThat(doubled.kpis().totalCost()).isCloseTo(2 * baseline.kpis().totalCost(), within(1e-6));
    }

    @Test
    void halvingDemandRemovesTheOrdersLeftOutAndChangesNoOther() {
        WhatIfRun whatIf = WhatIfRun.of(scenario);
        RunResult baseline = whatIf.run(Variant.baseline());

        DecisionDiff diff = DecisionDiff.between(baseline, whatIf.run(Variant.of("half", Change.scaleDemand(0.5, 7))));

        assertThat(diff.count(ChangeKind.REMOVED)).isEqualTo(orders - Math.round(orders * 0.5));
        assertThat(diff.changedOrders()).isEqualTo((int) diff.count(ChangeKind.REMOVED));
        assertThat(diff.comparedOrders()).isEqualTo(Math.round(orders * 0.5));
    }

    private static List<String> ids(Scenario scenario) {
        return scenario.orders().stream().map(Order::orderId).toList();
    }
}
