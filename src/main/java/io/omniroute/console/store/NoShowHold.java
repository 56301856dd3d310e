package io.omniroute.console.store;

import io.omniroute.cache.PickupRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The backend holds a READY pickup for its customer 72 hours after it last became READY (docs/sync-api.md); only
 * then may the store call a no-show. A pickup cached before ready_at was recorded counts from its ready-by time, as
 * the backend does.
 */
final class NoShowHold {

    static final Duration HOLD = Duration.ofHours(72);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm", Locale.ROOT);

    private NoShowHold() {
    }

    static Instant endsAt(PickupRow pickup) {
        return pickup.readyAt().orElse(pickup.readyBy()).plus(HOLD);
    }

    static boolean isOver(PickupRow pickup, Instant now) {
        return !now.isBefore(endsAt(pickup));
    }

    /** "held until Thu Mar 5 14:05", or that a no-show may be called now. */
    static String describe(PickupRow pickup, Instant now, ZoneId zone) {
        return isOver(pickup, now) ? "hold over: no-show allowed"
                : "held until " + WHEN.format(endsAt(pickup).atZone(zone));
    }
}
