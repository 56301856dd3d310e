package io.omniroute.cli;

import java.util.Locale;

/** Human-readable durations and rates for command output. */
final class Durations {

    private Durations() {
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static String perSecond(long count, long nanos) {
        return String.format(Locale.ROOT, "%,.0f/s", nanos == 0 ? 0 : count / (nanos / 1e9));
    }
}
