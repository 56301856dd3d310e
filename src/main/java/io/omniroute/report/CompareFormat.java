package io.omniroute.report;

import io.omniroute.engine.whatif.CostHistogram;
import io.omniroute.engine.whatif.KpiDelta;
import io.omniroute.engine.whatif.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** KPI values and their differences as the comparison summary and report show them. */
public final class CompareFormat {

    private CompareFormat() {
    }

    public static String value(Measure measure, double value) {
        return switch (measure) {
            case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case RATE -> String.format(Locale.ROOT, "%.2f%%", value * 100);
            case RATIO -> String.format(Locale.ROOT, "%.3f", value);
            case MONEY -> String.format(Locale.ROOT, "%,.2f", value);
            case KM -> String.format(Locale.ROOT, "%,.1f km", value);
            case DAYS -> String.format(Locale.ROOT, "%.2f d", value);
        };
    }

    /** The signed difference; a rate's in percentage points, with the relative change where it means something. */
    public static String difference(KpiDelta row) {
        double d = row.difference();
        String sign = d > 0 ? "+" : "";
        String absolute = switch (row.measure()) {
            case COUNT -> String.format(Locale.ROOT, "%s%,.0f", sign, d);
            case RATE -> String.format(Locale.ROOT, "%s%.2f pp", sign, d * 100);
            case RATIO -> String.format(Locale.ROOT, "%s%.3f", sign, d);
            case MONEY -> String.format(Locale.ROOT, "%s%,.2f", sign, d);
            case KM -> String.format(Locale.ROOT, "%s%,.1f km", sign, d);
            case DAYS -> String.format(Locale.ROOT, "%s%.2f d", sign, d);
        };
        if (row.measure() == Measure.RATE || d == 0 || row.relativeDifference().isEmpty()) {
            return absolute;
        }
        return absolute + String.format(Locale.ROOT, " (%s%.1f%%)", sign, row.relativeDifference().getAsDouble() * 100);
    }

    /** A cost histogram bin's label: {@code 5–10}, or {@code ≥ 95} for the open-ended last bin. */
    public static String costBin(CostHistogram histogram, int bin) {
        return Double.isInfinite(histogram.upperBound(bin)) ? "≥ " + edge(histogram.lowerBound(bin))
                : edge(histogram.lowerBound(bin)) + "–" + edge(histogram.upperBound(bin));
    }

    /** A bin edge as short as it can be: 5, 12.5, 0.25. */
    private static String edge(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.2f%%", whole == 0 ? 0 : part * 100.0 / whole);
    }
}
