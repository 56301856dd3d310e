package io.omniroute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderClockTest {

    private static final City NEW_YORK = new City("New York City", "NY", 40.71427, -74.00597, 8_175_133,
            "America/New_York");

    @Test
    void localEveningsAreBusierThanNights() {
        OrderClock clock = new OrderClock(GeneratorSettings.of(1, 1, 1, 7, 42), List.of(NEW_YORK));
        SplittableRandom rng = new SplittableRandom(1);
        int[] byLocalHour = new int[24];
        for (int i = 0; i < 50_000; i++) {
            int seconds = clock.next(clock.zoneOf(NEW_YORK), rng);
            // Eastern Standard Time is UTC-5 until the DST switch on 2026-03-08.
            byLocalHour[Math.floorMod(seconds / 3_600 - 5, 24)]++;
        }

        assertThat(byLocalHour[20]).isGreaterThan(5 * byLocalHour[3]);
    }

    @Test
    void timesStayInsideTheWindow() {
        OrderClock clock = new OrderClock(GeneratorSettings.of(1, 1, 1, 2, 42), List.of(NEW_YORK));
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 10_000; i++) {
            assertThat(clock.next(clock.zoneOf(NEW_YORK), rng)).isBetween(0, 2 * 86_400 - 1);
        }
    }

    @Test
    void unknownTimeZonesFallBackInsteadOfFailing() {
        City nowhere = new City("Nowhere", "KS", 38.5, -98.0, 1_000, "Mars/Olympus_Mons");
        OrderClock clock = new OrderClock(GeneratorSettings.of(1, 1, 1, 1, 42), List.of(nowhere));

        assertThat(clock.next(clock.zoneOf(nowhere), new SplittableRandom(3))).isBetween(0, 86_399);
    }
}
