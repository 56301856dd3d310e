package io.omniroute.console.store;

import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The store queue's data without a cache: pickups of any store, and an outbox that raises the target's pending
 * mark as the cache's does. Reads filter by store as the repository does, so isolation is the ViewModel's to keep.
 */
final class FakePickupSource implements PickupSource {

    final Map<String, PickupRow> pickups = new LinkedHashMap<>();
    final List<OutboxCommand> outbox = new ArrayList<>();

    void put(PickupRow pickup) {
        pickups.put(pickup.orderId(), pickup);
    }

    @Override
    public List<PickupRow> pickupsAt(String nodeId, Instant finishedSince) {
        return pickups.values().stream().filter(pickup -> pickup.nodeId().equals(nodeId)).toList();
    }

    @Override
    public List<PickupRow> pickups(String nodeId, Set<String> ids) {
        return pickups.values().stream()
                .filter(pickup -> pickup.nodeId().equals(nodeId) && ids.contains(pickup.orderId())).toList();
    }

    @Override
    public ProblemCommands problemCommands(String nodeId, Instant failedSince) {
        List<OutboxCommand> refused = outbox.stream().filter(command -> command.state() == OutboxState.CONFLICT
                || command.state() == OutboxState.FAILED).toList();
        List<PickupRow> targets = pickups(nodeId, Set.copyOf(refused.stream().map(OutboxCommand::target).toList()));
        Set<String> ours = Set.copyOf(targets.stream().map(PickupRow::orderId).toList());
        return new ProblemCommands(refused.stream().filter(command -> ours.contains(command.target())).toList(),
                targets);
    }

    @Override
    public OutboxCommand enqueue(NewCommand command, Instant now) {
        OutboxCommand queued = command(outbox.size() + 1, command, OutboxState.PENDING, Optional.empty(), now);
        outbox.add(queued);
        PickupRow target = pickups.get(command.target());
        if (target != null) {
            put(new PickupRow(target.orderId(), target.nodeId(), target.status(), target.customerName(),
                    target.readyBy(), target.value(), target.readyAt(), target.lines(), target.channel(),
                    target.version(), target.pending() + 1));
        }
        return queued;
    }

    /** A command the backend refused (or that conflicts), as the outbox holds it. */
    static OutboxCommand command(long id, NewCommand command, OutboxState state, Optional<String> error,
            Instant at) {
        return new OutboxCommand(id, UUID.randomUUID().toString(), command.type(), command.target(),
                command.expectedVersion(), command.payloadJson(), command.reason(), command.actor(), state, 0,
                Optional.empty(), error, Optional.empty(), at);
    }
}
