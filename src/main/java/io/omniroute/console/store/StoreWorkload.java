package io.omniroute.console.store;

import io.omniroute.cache.PickupRow;
import io.omniroute.console.shell.ConsolePreferences;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The workload chart's state: pickups due per hour for the rest of the day, and the store's hourly capacity. The
 * backend has no such capacity, so the user sets it and the console keeps it in the preferences.
 */
final class StoreWorkload {

    private final ReadOnlyObjectWrapper<List<HourLoad>> hours = new ReadOnlyObjectWrapper<>(this, "hours", List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final IntegerProperty perHour = new SimpleIntegerProperty(this, "perHour");

    /**
     * @param saved told after the capacity changed in the preferences, so they get written
     * @param changed told after the capacity changed, so the chart is computed again
     */
    StoreWorkload(ConsolePreferences preferences, Runnable saved, Runnable changed) {
        Objects.requireNonNull(preferences, "preferences");
        perHour.set(Math.max(1, preferences.getInt(Workload.CAPACITY_KEY, Workload.DEFAULT_CAPACITY)));
        perHour.addListener((observable, before, now) -> {
            preferences.put(Workload.CAPACITY_KEY, Integer.toString(now.intValue()));
            saved.run();
            changed.run();
        });
    }

    /** Counts the store's pickups again; no store shows an empty chart. */
    void update(Collection<PickupRow> pickups, boolean storeChosen, Instant now, ZoneId zone) {
        hours.set(storeChosen ? Workload.perHour(pickups, now, zone, perHour.get()) : List.of());
        note.set(Workload.overCapacityNote(hours.get()));
    }

    ReadOnlyObjectProperty<List<HourLoad>> hours() {
        return hours.getReadOnlyProperty();
    }

    ReadOnlyStringProperty note() {
        return note.getReadOnlyProperty();
    }

    IntegerProperty perHour() {
        return perHour;
    }
}
