package io.omniroute.console.store;

import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * The store's steps with a pickup, each one PICKUP_* command, and the statuses it starts from (the backend's rules,
 * checked here too so a button is only enabled when the command can apply). A pickup with a command in flight takes
 * no other: that command's expected version would already be stale.
 */
enum PickupAction {
    ACCEPT("PICKUP_ACCEPT", Set.of("NEW")),
    READY("PICKUP_READY", Set.of("ACCEPTED", "PICKING")),
    REJECT("PICKUP_REJECT", Set.of("NEW", "ACCEPTED", "PICKING", "READY")),
    COLLECTED("PICKUP_COLLECTED", Set.of("READY")),
    NO_SHOW("PICKUP_NO_SHOW", Set.of("READY"));

    /** Statuses whose pickups still have units to pick: what a pick list is printed for. */
    static final Set<String> TO_PICK = Set.of("NEW", "ACCEPTED", "PICKING");

    private final String commandType;
    private final Set<String> from;

    PickupAction(String commandType, Set<String> from) {
        this.commandType = commandType;
        this.from = from;
    }

    String commandType() {
        return commandType;
    }

    /** The pickup is in a status this step starts from, has nothing in flight, and (no-show) its hold is over. */
    boolean allows(PickupRow pickup, boolean pending, Instant now) {
        return !pending && from.contains(pickup.status()) && (this != NO_SHOW || NoShowHold.isOver(pickup, now));
    }

    /** Every selected pickup allows the step (and there is at least one). */
    boolean allowsAll(Collection<QueueRow> rows, Instant now) {
        return !rows.isEmpty() && rows.stream().allMatch(row -> allows(row.pickup(), row.pending(), now));
    }
}
