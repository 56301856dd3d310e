package io.omniroute.console.whatif;

import java.util.List;
import java.util.Objects;

/**
 * One KPI across the runs, formatted: the baseline's value, then each variant's value and difference with its
 * judgement (better, worse, or neither when the KPI has no preferred direction or did not move).
 */
public record KpiRow(String kpi, String baseline, List<Cell> variants) {

    /** A variant's value of the KPI and how it differs from the baseline's. */
    public record Cell(String value, String difference, Judgement judgement) {
    }

    public enum Judgement { BETTER, WORSE, NEUTRAL }

    public KpiRow {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(baseline, "baseline");
        variants = List.copyOf(variants);
    }
}
