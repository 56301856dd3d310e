package io.omniroute.console.exceptions;

import io.omniroute.cache.NewCommand;
import java.util.List;
import java.util.Objects;

/**
 * What re-sourcing one order would do, then what became of it.
 *
 * @param verdict PLACED (every open unit), PARTIAL, OPEN (no plan fills anything), UNCHANGED (it has that plan),
 *     SKIPPED (a pickup, a change already on its way, no rate card)
 * @param why the reason, in words, for anything but PLACED
 * @param costDelta the new plan's cost minus the current one's
 * @param splitDelta shipments of the new plan minus the current one's
 * @param status after applying: queued, applied, failed with the backend's message, or in conflict
 */
public record BulkOutcome(String orderId, Verdict verdict, String why, double costDelta, int splitDelta,
        List<NewCommand> commands, String status) {

    /** The preview's verdict on one order. */
    public enum Verdict { PLACED, PARTIAL, OPEN, UNCHANGED, SKIPPED }

    public BulkOutcome {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(why, "why");
        commands = List.copyOf(commands);
        Objects.requireNonNull(status, "status");
    }

    boolean sendable() {
        return !commands.isEmpty();
    }

    BulkOutcome withStatus(String newStatus) {
        return new BulkOutcome(orderId, verdict, why, costDelta, splitDelta, commands, newStatus);
    }
}
