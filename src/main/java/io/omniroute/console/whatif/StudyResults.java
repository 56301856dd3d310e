package io.omniroute.console.whatif;

import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.RunResult;
import io.omniroute.engine.whatif.Variant;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One finished run of a study: the baseline's run and each variant's, compared with it. */
record StudyResults(Baseline baseline, RunResult baselineRun, List<VariantResult> variants, Duration elapsed) {

    /** A variant's run beside the baseline's. */
    record VariantResult(Variant variant, Comparison comparison) {

        VariantResult {
            Objects.requireNonNull(variant, "variant");
            Objects.requireNonNull(comparison, "comparison");
        }

        String name() {
            return variant.name();
        }

        RunResult run() {
            return comparison.variantRun();
        }
    }

    StudyResults {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(baselineRun, "baselineRun");
        variants = List.copyOf(variants);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    Optional<VariantResult> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Orders sourced over all runs. */
    long ordersSourced() {
        return baselineRun.kpis().orders() + variants.stream().mapToLong(v -> v.run().kpis().orders()).sum();
    }
}
