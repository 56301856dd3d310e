package io.omniroute.console.text;

import java.time.Duration;

/** Durations as a store manager reads them at a glance: "2 d 3 h", "1 h 05 min", "12 min", "< 1 min". */
public final class Durations {

    private Durations() {
    }

    public static String text(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + (rest < 10 ? "0" : "") + rest + " min";
        }
        return minutes == 0 ? "< 1 min" : minutes + " min";
    }
}
