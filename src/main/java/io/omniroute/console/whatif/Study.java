package io.omniroute.console.whatif;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.whatif.KpiComparison;
import io.omniroute.engine.whatif.KpiDelta;
import io.omniroute.engine.whatif.Variant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A what-if study as a file holds it: the baseline (where it came from, and its scenario exactly as run), the
 * variants with their changes, and the KPIs of the last run. The decisions themselves are not kept: the engine is
 * deterministic, so running the saved baseline again gives them back, and the saved KPIs prove it did.
 */
record Study(Baseline baseline, List<VariantSpec> variants, Optional<SavedResults> results) {

    /** A variant as saved. */
    record VariantSpec(String name, List<ChangeSpec> changes) {

        VariantSpec {
            Objects.requireNonNull(name, "name");
            changes = List.copyOf(changes);
        }

        static VariantSpec of(VariantDraft draft) {
            return new VariantSpec(draft.name().strip(), List.copyOf(draft.changes()));
        }

        VariantDraft toDraft() {
            return new VariantDraft(name, changes);
        }
    }

    /** The KPIs of each run (the baseline first) by the KPI table's names, and each variant's changed orders. */
    record SavedResults(Instant ranAt, List<SavedRun> runs) {

        SavedResults {
            Objects.requireNonNull(ranAt, "ranAt");
            runs = List.copyOf(runs);
        }

        static SavedResults of(StudyResults results, Instant ranAt) {
            List<SavedRun> runs = new ArrayList<>();
            runs.add(new SavedRun(Variant.BASELINE, kpis(results.baselineRun().kpis()), 0));
            for (StudyResults.VariantResult variant : results.variants()) {
                runs.add(new SavedRun(variant.name(), kpis(variant.run().kpis()),
                        variant.comparison().diff().changedOrders()));
            }
            return new SavedResults(ranAt, runs);
        }

        private static Map<String, Double> kpis(io.omniroute.engine.simulation.Kpis kpis) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (KpiDelta row : KpiComparison.of(kpis, kpis).rows()) {
                values.put(row.name(), row.baseline());
            }
            return values;
        }

        /**
         * What differs between these saved KPIs and a run of the same study; empty when they agree (to rounding
         * in the last digits, since sums of costs are kept as decimals).
         */
        List<String> differences(SavedResults rerun) {
            List<String> found = new ArrayList<>();
            for (SavedRun saved : runs) {
                Optional<SavedRun> now = rerun.runs().stream().filter(r -> r.name().equals(saved.name())).findFirst();
                if (now.isEmpty()) {
                    found.add("run '" + saved.name() + "' is missing from the new run");
                    continue;
                }
                saved.kpis().forEach((kpi, value) -> {
                    double again = now.get().kpis().getOrDefault(kpi, Double.NaN);
                    if (!(Math.abs(again - value) <= 1e-9 * Math.max(1, Math.abs(value)))) {
                        found.add(saved.name() + " " + kpi + ": saved " + value + ", now " + again);
                    }
                });
                if (saved.changedOrders() != now.get().changedOrders()) {
                    found.add(saved.name() + " changed orders: saved " + saved.changedOrders() + ", now "
                            + now.get().changedOrders());
                }
            }
            return found;
        }
    }

    /** One run's KPIs as saved. */
    record SavedRun(String name, Map<String, Double> kpis, long changedOrders) {

        SavedRun {
            Objects.requireNonNull(name, "name");
            kpis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        }
    }

    Study {
        Objects.requireNonNull(baseline, "baseline");
        variants = List.copyOf(variants);
        Objects.requireNonNull(results, "results");
    }

    Scenario scenario() {
        return baseline.scenario();
    }
}
