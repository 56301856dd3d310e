package io.omniroute.engine.whatif;

import java.util.Objects;
import java.util.OptionalDouble;

/** One KPI of both runs. */
public record KpiDelta(String name, Measure measure, Preference preference, double baseline, double variant) {

    public KpiDelta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(preference, "preference");
    }

    /** Variant minus baseline. */
    public double difference() {
        return variant - baseline;
    }

    /** The difference relative to the baseline, empty when the baseline is 0. */
    public OptionalDouble relativeDifference() {
        return baseline == 0 ? OptionalDouble.empty() : OptionalDouble.of(difference() / baseline);
    }

    /** Whether the variant moved this KPI the way it should go; false when it did not move or has no preference. */
    public boolean improved() {
        return preference == Preference.HIGHER && variant > baseline
                || preference == Preference.LOWER && variant < baseline;
    }

    /** Whether the variant moved this KPI against its preference. */
    public boolean worsened() {
        return preference == Preference.HIGHER && variant < baseline
                || preference == Preference.LOWER && variant > baseline;
    }
}
