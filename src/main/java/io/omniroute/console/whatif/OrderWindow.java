package io.omniroute.console.whatif;

import java.time.Duration;
import java.time.Instant;

/** Which cached orders a cache baseline replays: a span back from now, or all of them, or the user's own. */
enum OrderWindow {
    LAST_HOUR("Last hour", Duration.ofHours(1)),
    LAST_24_HOURS("Last 24 hours", Duration.ofHours(24)),
    LAST_7_DAYS("Last 7 days", Duration.ofDays(7)),
    ALL("All cached orders", Duration.ZERO),
    CUSTOM("Custom…", Duration.ZERO);

    /** The start of "all": before any order a backend can have sent. */
    static final Instant EARLIEST = Instant.EPOCH;
    /** The end of "all" and of the spans: a little past now, so an order stamped by a clock ahead still counts. */
    static final Duration SLACK = Duration.ofMinutes(5);

    private final String label;
    private final Duration span;

    OrderWindow(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    /** [from, to) for this window at {@code now}; CUSTOM has none of its own. */
    Instant from(Instant now) {
        if (this == CUSTOM) {
            throw new IllegalStateException("a custom window takes its times from the user");
        }
        return this == ALL ? EARLIEST : now.minus(span);
    }

    Instant to(Instant now) {
        return now.plus(SLACK);
    }

    @Override
    public String toString() {
        return label;
    }
}
