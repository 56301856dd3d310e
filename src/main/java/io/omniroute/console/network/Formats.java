package io.omniroute.console.network;

import java.time.Duration;

/** How the Network screen writes numbers and ages. */
final class Formats {

    private Formats() {
    }

    /** Grouped digits in the user's locale: "12,400". */
    static String count(long value) {
        return String.format("%,d", value);
    }

    /** A rough age for people: "45 min", "5 h", "3 days". */
    static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h";
        }
        return hours / 24 + " days";
    }

    /** "24 h", "1.5 h", "7 days": a threshold as the user set it. */
    static String threshold(Duration threshold) {
        long minutes = threshold.toMinutes();
        if (minutes % (60 * 24) == 0 && minutes >= 48 * 60) {
            return minutes / (60 * 24) + " days";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format("%.1f h", minutes / 60.0);
    }
}
