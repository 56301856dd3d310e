package io.omniroute.console.store;

import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the store queue reads and writes: one store's pickups and the commands on them. Every read names the store,
 * so nothing of another store reaches the screen. Blocking: call it from background tasks only.
 */
interface PickupSource {

    /** The store's open pickups, and its finished ones promised from {@code finishedSince} on. */
    List<PickupRow> pickupsAt(String nodeId, Instant finishedSince);

    /** Those of the ids that are pickups at the store. */
    List<PickupRow> pickups(String nodeId, Set<String> ids);

    /** The store's PICKUP_* commands in CONFLICT, and those FAILED since the time, with the pickups they target. */
    ProblemCommands problemCommands(String nodeId, Instant failedSince);

    /** Queues the command in the outbox (a local write: it works offline) and raises its target's pending mark. */
    OutboxCommand enqueue(NewCommand command, Instant now);

    /** Refused commands and the store's pickups they were for. */
    record ProblemCommands(List<OutboxCommand> commands, List<PickupRow> targets) {

        static final ProblemCommands NONE = new ProblemCommands(List.of(), List.of());

        public ProblemCommands {
            commands = List.copyOf(commands);
            targets = List.copyOf(targets);
        }
    }
}
