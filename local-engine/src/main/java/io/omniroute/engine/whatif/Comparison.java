package io.omniroute.engine.whatif;

import java.util.Objects;

/** A variant run beside the baseline: both results, the order-by-order diff and the KPIs side by side. */
public record Comparison(Variant variant, RunResult baselineRun, RunResult variantRun, DecisionDiff diff,
        KpiComparison kpis) {

    public Comparison {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(baselineRun, "baselineRun");
        Objects.requireNonNull(variantRun, "variantRun");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(kpis, "kpis");
    }

    public static Comparison of(Variant variant, RunResult baselineRun, RunResult variantRun) {
        return new Comparison(variant, baselineRun, variantRun, DecisionDiff.between(baselineRun, variantRun),
                KpiComparison.of(baselineRun.kpis(), variantRun.kpis()));
    }
}
