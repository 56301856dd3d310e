package io.omniroute.console.store;

import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Pickups still to prepare that fall due in each hour of the rest of the local day, against what the store can
 * prepare in an hour. Overdue ones count in the current hour: they are work for now, not history.
 */
final class Workload {

    static final String CAPACITY_KEY = "store.pickupsPerHour";
    static final int DEFAULT_CAPACITY = 12;

    private Workload() {
    }

    static List<HourLoad> perHour(Collection<PickupRow> pickups, Instant now, ZoneId zone, int capacity) {
        ZonedDateTime hourStart = now.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        Instant dayEnd = hourStart.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        List<Instant> starts = new ArrayList<>();
        for (ZonedDateTime start = hourStart; start.toInstant().isBefore(dayEnd); start = start.plusHours(1)) {
            starts.add(start.toInstant());
        }
        int[] due = new int[starts.size()];
        for (PickupRow pickup : pickups) {
            if (!PickupAction.TO_PICK.contains(pickup.status()) || !pickup.readyBy().isBefore(dayEnd)) {
                continue;
            }
            due[hourIndex(starts, pickup.readyBy())]++;
        }
        List<HourLoad> hours = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            hours.add(new HourLoad(starts.get(i).atZone(zone).getHour(), due[i], capacity));
        }
        return hours;
    }

    /** "Over capacity at 14:00 (15 due), 15:00 (13 due)"; "" when every hour fits. */
    static String overCapacityNote(List<HourLoad> hours) {
        List<String> over = hours.stream().filter(HourLoad::overCapacity)
                .map(hour -> hour.label() + " (" + hour.due() + " due)").toList();
        return over.isEmpty() ? "" : "Over capacity at " + String.join(", ", over);
    }

    /** The last hour that starts at or before the time; 0 for anything before the current hour. */
    private static int hourIndex(List<Instant> starts, Instant time) {
        int index = 0;
        for (int i = 1; i < starts.size() && !starts.get(i).isAfter(time); i++) {
            index = i;
        }
        return index;
    }
}
