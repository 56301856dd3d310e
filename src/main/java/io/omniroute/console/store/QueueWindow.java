package io.omniroute.console.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How far back the queue looks at finished pickups and failed commands: a week of local days. A no-show comes at
 * least 72 hours after its promise, so a week keeps the recent ones in view without reading the store's history.
 */
final class QueueWindow {

    static final Duration LOOK_BACK = Duration.ofDays(7);

    private QueueWindow() {
    }

    /** The start of the local day a week before today's. */
    static Instant since(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().minusDays(LOOK_BACK.toDays()).atStartOfDay(zone).toInstant();
    }
}
