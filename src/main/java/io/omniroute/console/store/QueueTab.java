package io.omniroute.console.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** The tabs of the store's queue, in the order a pickup moves through them; Problems cuts across the others. */
public enum QueueTab {
    NEW("New"),
    PICKING("Picking"),
    READY("Ready for pickup"),
    COLLECTED("Collected today"),
    PROBLEMS("Problems");

    private static final Set<String> PICKING_STATUSES = Set.of("ACCEPTED", "PICKING");

    private final String title;

    QueueTab(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** "New (3)": the tab's title with how many orders it holds. */
    public String title(int count) {
        return title + " (" + count + ")";
    }

    /**
     * Whether the row belongs on this tab. The feed has no collection time, so "collected today" goes by when the
     * pickup last became ready (else its ready-by time), on the store's local day.
     */
    boolean holds(QueueRow row, LocalDate today, ZoneId zone) {
        String status = row.status();
        return switch (this) {
            case NEW -> status.equals("NEW");
            case PICKING -> PICKING_STATUSES.contains(status);
            case READY -> status.equals("READY");
            case COLLECTED -> status.equals("COLLECTED")
                    && row.pickup().readyAt().orElse(row.readyBy()).atZone(zone).toLocalDate().equals(today);
            case PROBLEMS -> !row.problem().isEmpty();
        };
    }
}
