package io.omniroute.engine.scenario;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parses ISO-8601 UTC instants. A million orders make {@link Instant#parse} a visible cost, so the common
 * {@code 2026-03-02T08:15:00Z} shape is decoded by hand and everything else goes through Instant.parse.
 */
final class Timestamps {

    private static final int SECONDS_PER_DAY = 86_400;

    private Timestamps() {
    }

    static Optional<Instant> parse(String text) {
        if (hasSimpleShape(text)) {
            int hour = number(text, 11, 13);
            int minute = number(text, 14, 16);
            int second = number(text, 17, 19);
            if (hour < 24 && minute < 60 && second < 60) {
                try {
                    long day = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)).toEpochDay();
                    return Optional.of(Instant.ofEpochSecond(day * SECONDS_PER_DAY + hour * 3600L + minute * 60L
                            + second));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** yyyy-MM-ddTHH:mm:ssZ with digits where digits belong. */
    private static boolean hasSimpleShape(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return false;
        }
        for (int i = 0; i < 19; i++) {
            char c = text.charAt(i);
            boolean separator = i == 4 || i == 7 || i == 10 || i == 13 || i == 16;
            if (!separator && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
