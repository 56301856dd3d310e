package io.omniroute.generate;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * When orders are placed: a busy evening and a quiet night in the customer's own time zone, a little more on
 * Sundays and Mondays, over the settings' window of whole UTC days.
 */
final class OrderClock {

    /** Relative orders per local hour, 00:00 to 23:00: e-commerce peaks around 20:00. */
    private static final double[] HOUR_WEIGHTS = {
        1.2, 0.7, 0.4, 0.3, 0.3, 0.5, 1.2, 2.2, 3.2, 4.0, 4.6, 5.0,
        5.4, 5.2, 5.0, 5.0, 5.2, 5.6, 6.2, 7.2, 7.8, 7.4, 5.6, 3.2,
    };
    /** Relative orders per weekday, Monday first (the window starts on a Monday). */
    private static final double[] WEEKDAY_WEIGHTS = {1.06, 1.00, 0.98, 0.97, 0.92, 0.95, 1.12};
    private static final ZoneId FALLBACK_ZONE = ZoneId.of("America/Chicago");

    private final long start;
    private final int days;
    private final double[] hourCumulative = Draw.cumulative(HOUR_WEIGHTS);
    private final double[] dayCumulative;
    /** UTC offset in seconds per time zone index and local day, taken at local noon (DST switches at 02:00). */
    private final int[][] offsets;
    private final Map<String, Integer> zoneIndex = new HashMap<>();

    OrderClock(GeneratorSettings settings, List<City> cities) {
        this.start = GeneratorSettings.START.getEpochSecond();
        this.days = settings.days();
        double[] dayWeights = new double[days];
        for (int d = 0; d < days; d++) {
            dayWeights[d] = WEEKDAY_WEIGHTS[d % 7];
        }
        this.dayCumulative = Draw.cumulative(dayWeights);
        List<ZoneRules> rules = new ArrayList<>();
        for (City city : cities) {
            zoneIndex.computeIfAbsent(city.timezone(), tz -> {
                rules.add(rulesOf(tz));
                return rules.size() - 1;
            });
        }
        this.offsets = new int[rules.size()][days];
        for (int z = 0; z < rules.size(); z++) {
            for (int d = 0; d < days; d++) {
                Instant localNoon = Instant.ofEpochSecond(start + d * 86_400L + 12 * 3_600L);
                offsets[z][d] = rules.get(z).getOffset(localNoon).getTotalSeconds();
            }
        }
    }

    /** The zone index to pass to {@link #next}; look it up once per city, not per order. */
    int zoneOf(City city) {
        return zoneIndex.get(city.timezone());
    }

    /** Seconds since the window start; local evenings near the window's edges wrap around to stay inside it. */
    int next(int zone, SplittableRandom rng) {
        int day = Draw.fromCumulative(rng, dayCumulative);
        int hour = Draw.fromCumulative(rng, hourCumulative);
        long local = day * 86_400L + hour * 3_600L + rng.nextInt(3_600);
        long utc = local - offsets[zone][day];
        return (int) Math.floorMod(utc, days * 86_400L);
    }

    long startEpochSecond() {
        return start;
    }

    private static ZoneRules rulesOf(String timezone) {
        try {
            return ZoneId.of(timezone).getRules();
        } catch (DateTimeException e) {
            // An IANA name this JDK does not know: Central time is the population-weighted middle of the US.
            return FALLBACK_ZONE.getRules();
        }
    }
}
