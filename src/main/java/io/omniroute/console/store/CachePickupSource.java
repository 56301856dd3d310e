package io.omniroute.console.store;

import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The store queue's data in the console's cache. */
final class CachePickupSource implements PickupSource {

    private final H2LocalStore store;

    CachePickupSource(H2LocalStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<PickupRow> pickupsAt(String nodeId, Instant finishedSince) {
        return store.read(tx -> tx.pickups().atNode(nodeId, finishedSince));
    }

    @Override
    public List<PickupRow> pickups(String nodeId, Set<String> ids) {
        return ids.isEmpty() ? List.of() : store.read(tx -> tx.pickups().byIds(nodeId, ids));
    }

    @Override
    public ProblemCommands problemCommands(String nodeId, Instant failedSince) {
        List<OutboxCommand> refused = store.commands(List.of(OutboxState.CONFLICT, OutboxState.FAILED)).stream()
                .filter(command -> command.type().startsWith("PICKUP_"))
                .filter(command -> command.state() == OutboxState.CONFLICT
                        || !command.createdAt().isBefore(failedSince))
                .toList();
        if (refused.isEmpty()) {
            return ProblemCommands.NONE;
        }
        // A command names only its order; the store's own read of those pickups keeps other stores' out.
        List<PickupRow> targets = pickups(nodeId, refused.stream().map(OutboxCommand::target)
                .collect(Collectors.toSet()));
        Set<String> ours = targets.stream().map(PickupRow::orderId).collect(Collectors.toSet());
        return new ProblemCommands(refused.stream().filter(command -> ours.contains(command.target())).toList(),
                targets);
    }

    @Override
    public OutboxCommand enqueue(NewCommand command, Instant now) {
        return store.enqueue(command, now);
    }
}
