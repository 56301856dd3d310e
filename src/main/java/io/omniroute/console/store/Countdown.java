package io.omniroute.console.store;

import io.omniroute.console.text.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long until a pickup's promised ready-by time, and how urgent that is: a store manager scans the queue for
 * colour, so the text and the urgency come together.
 */
public record Countdown(String text, Urgency urgency) {

    /** Under this much time left the order is flagged: roughly what a multi-line pick takes. */
    public static final Duration SOON = Duration.ofMinutes(30);

    public Countdown {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(urgency, "urgency");
    }

    /** No countdown: the order is ready or finished, so its promise no longer runs. */
    public static final Countdown NONE = new Countdown("", Urgency.NONE);

    public static Countdown until(Instant readyBy, Instant now) {
        Duration left = Duration.between(now, readyBy);
        if (left.isNegative() || left.isZero()) {
            return new Countdown("overdue " + Durations.text(left.negated()), Urgency.OVERDUE);
        }
        return new Countdown("in " + Durations.text(left), left.compareTo(SOON) < 0 ? Urgency.SOON : Urgency.ON_TIME);
    }

    /** The urgency of a countdown, with the style class its cell carries (colours come from store.css). */
    public enum Urgency {
        NONE(""),
        ON_TIME(""),
        SOON("due-soon"),
        OVERDUE("overdue");

        private final String styleClass;

        Urgency(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The cell's style class; "" when the cell keeps the table's own colours. */
        public String styleClass() {
            return styleClass;
        }
    }
}
