package io.omniroute.engine.whatif;

import io.omniroute.engine.simulation.Kpis;
import java.time.Duration;
import java.util.Objects;

/**
 * One finished run: its KPIs and its decision per order.
 *
 * @param name {@link Variant#BASELINE} or the variant's name
 * @param elapsed wall time of the run, building the simulator included
 */
public record RunResult(String name, Kpis kpis, Decisions decisions, Duration elapsed) {

    public RunResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kpis, "kpis");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
