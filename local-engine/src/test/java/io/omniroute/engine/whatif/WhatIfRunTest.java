package io.omniroute.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WhatIfRunTest {

    private final Scenario scenario = WhatIfFixture.scenario();
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    /** Capacity that binds, so a run that shared its ledgers with another would decide differently. */
    private final Variant tight = Variant.of("tight", Change.setCapacity("DC-MID", 3), Change.setCapacity("DC-EAST", 2),
            Change.scaleStock(StockScope.all(), 0.00002));

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void runsSideBySideDecideAsTheyDoAlone() {
        WhatIfRun whatIf = WhatIfRun.of(scenario);
        RunResult alone = whatIf.run(tight);

        Comparison comparison = whatIf.compare(tight, executor);

        assertThat(DecisionDiff.between(alone, comparison.variantRun()).isEmpty()).isTrue();
        assertThat(comparison.variantRun().kpis()).isEqualTo(alone.kpis());
        assertThat(comparison.diff().count(ChangeKind.NEWLY_UNFILLED)).isPositive();
    }

    @Test
    void comparisonPutsTheKpisSideBySide() {
        Comparison comparison = WhatIfRun.of(scenario).compare(tight, executor);

        KpiDelta fill = comparison.kpis().rows().stream().filter(r -> r.name().equals("fill rate")).findFirst()
                .orElseThrow();
        assertThat(fill.baseline()).isEqualTo(1.0);
        assertThat(fill.variant()).isLessThan(1.0);
        assertThat(fill.difference()).isEqualTo(fill.variant() - 1.0);
    }

    @Test
    void cancellingStopsTheRunBeforeTheNextOrder() {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger decided = new AtomicInteger();
        WhatIfRun whatIf = WhatIfRun.of(scenario).withCancellation(cancelled::get)
                .withDriver((run, simulator, recorder, progress) -> simulator.run((order, decision) -> {
                    if (decided.incrementAndGet() == 40) {
                        cancelled.set(true);
                    }
                    recorder.decided(order, decision);
                }, progress));

        assertThatThrownBy(() -> whatIf.run(Variant.baseline()))
                .isInstanceOf(CancellationException.class)
                .hasMessage("run 'baseline' was cancelled after 39 of 310 orders");
        assertThat(decided).hasValue(40);
    }

    @Test
    void cancellingAComparisonStopsBothRunsBeforeItReturns() throws InterruptedException {
        AtomicBoolean cancelled = new AtomicBoolean();
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        WhatIfRun whatIf = WhatIfRun.of(scenario).withCancellation(cancelled::get)
                .withProgress((run, done, total) -> progress.add(run));
        cancelled.set(true);

        assertThatThrownBy(() -> whatIf.compare(tight, executor)).isInstanceOf(CancellationException.class);

        executor.shutdown();
        assertThat(executor.awaitTermination(1, TimeUnit.SECONDS)).isTrue();
        assertThat(progress).isEmpty();
    }

    @Test
    void aRunCompletesAfterAnEarlierOneWasCancelled() {
        AtomicBoolean cancelled = new AtomicBoolean(true);
        WhatIfRun whatIf = WhatIfRun.of(scenario).withCancellation(cancelled::get);
        assertThatThrownBy(() -> whatIf.run(tight)).isInstanceOf(CancellationException.class);

        cancelled.set(false);

        assertThat(whatIf.run(tight).decisions().size()).isEqualTo(scenario.orders().size());
    }

    @Test
    void aVariantThatDoesNotFitIsRefusedBeforeAnyRunStarts() {
        AtomicInteger driven = new AtomicInteger();
        WhatIfRun whatIf = WhatIfRun.of(scenario).withDriver((run, simulator, recorder, progress) -> {
            driven.incrementAndGet();
            return simulator.run(recorder, progress);
        });

        assertThatThrownBy(() -> whatIf.compare(Variant.of("typo", Change.closeNode("DC-009")), executor))
                .isInstanceOf(InvalidVariantException.class).hasMessageContaining("DC-009");
        assertThat(driven).hasValue(0);
    }

    @Test
    void aFailingRunStopsTheOtherAndItsFailureIsReported() {
        WhatIfRun whatIf = WhatIfRun.of(scenario).withDriver((run, simulator, recorder, progress) -> {
            if (run.equals("tight")) {
                throw new IllegalStateException("disk full");
            }
            return simulator.run(recorder, progress);
        });

        assertThatThrownBy(() -> whatIf.compare(tight, executor)).isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");
    }

    @Test
    void progressReachesTheEndOfEachRun() {
        List<String> ends = Collections.synchronizedList(new ArrayList<>());
        WhatIfRun whatIf = WhatIfRun.of(scenario).withProgress((run, done, total) -> {
            if (done == total) {
                ends.add(run + " " + total);
            }
        });

        whatIf.compare(tight, executor);

        assertThat(ends).containsExactlyInAnyOrder("baseline 310", "tight 310");
    }
}
