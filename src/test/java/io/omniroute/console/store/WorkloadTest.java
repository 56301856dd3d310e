package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** 14:20 in Chicago. */
    private static final Instant NOW = Instant.parse("2026-03-02T20:20:00Z");

    @Test
    void countsThePickupsStillToPrepareByTheLocalHourTheyAreDue() {
        List<PickupRow> pickups = List.of(
                due("O-1", "2026-03-02T20:40:00Z", "NEW"),
                due("O-2", "2026-03-02T21:00:00Z", "ACCEPTED"),
                due("O-3", "2026-03-02T21:59:00Z", "PICKING"),
                due("O-4", "2026-03-02T23:10:00Z", "NEW"));

        List<HourLoad> hours = Workload.perHour(pickups, NOW, CHICAGO, 12);

        assertThat(hours).extracting(HourLoad::label).startsWith("14:00", "15:00").endsWith("23:00").hasSize(10);
        assertThat(hours).extracting(HourLoad::due).containsExactly(1, 2, 0, 1, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void overdueOrdersAreWorkForTheCurrentHour() {
        List<HourLoad> hours = Workload.perHour(List.of(due("O-1", "2026-03-02T15:00:00Z", "NEW")), NOW, CHICAGO,
                12);

        assertThat(hours.get(0).due()).isEqualTo(1);
    }

    @Test
    void readyFinishedAndTomorrowsPickupsAreNotCounted() {
        List<PickupRow> pickups = List.of(
                due("O-1", "2026-03-02T21:00:00Z", "READY"),
                due("O-2", "2026-03-02T21:00:00Z", "COLLECTED"),
                due("O-3", "2026-03-03T06:30:00Z", "NEW"));

        assertThat(Workload.perHour(pickups, NOW, CHICAGO, 12)).extracting(HourLoad::due).containsOnly(0);
    }

    @Test
    void hoursWithMoreDueThanTheCapacityAreFlaggedAndNamed() {
        List<PickupRow> pickups = List.of(due("O-1", "2026-03-02T21:05:00Z", "NEW"),
                due("O-2", "2026-03-02T21:10:00Z", "NEW"), due("O-3", "2026-03-02T21:15:00Z", "NEW"));

        List<HourLoad> hours = Workload.perHour(pickups, NOW, CHICAGO, 2);

        assertThat(hours).filteredOn(HourLoad::overCapacity).extracting(HourLoad::label).containsExactly("15:00");
        assertThat(Workload.overCapacityNote(hours)).isEqualTo("Over capacity at 15:00 (3 due)");
        assertThat(Workload.overCapacityNote(Workload.perHour(pickups, NOW, CHICAGO, 3))).isEmpty();
    }

    private static PickupRow due(String orderId, String readyBy, String status) {
        return Pickups.pickup(orderId).status(status).readyBy(Instant.parse(readyBy)).build();
    }
}
