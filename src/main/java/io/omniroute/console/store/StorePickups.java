package io.omniroute.console.store;

import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.PickupRow;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the queue knows of the chosen store: its pickups by order id and the refused commands per order. */
final class StorePickups {

    private final Map<String, PickupRow> pickups = new HashMap<>();
    private Map<String, List<OutboxCommand>> refused = Map.of();

    void clear() {
        pickups.clear();
        refused = Map.of();
    }

    /** A full read replaces everything; a partial one replaces (or removes) the pickups it was asked for. */
    void apply(QueueReads.Result result) {
        if (result.full()) {
            pickups.clear();
        }
        result.asked().forEach(pickups::remove);
        result.found().forEach(pickup -> pickups.put(pickup.orderId(), pickup));
        result.problems().ifPresent(found -> {
            found.targets().forEach(pickup -> pickups.put(pickup.orderId(), pickup));
            refused = found.commands().stream().collect(Collectors.groupingBy(OutboxCommand::target));
        });
    }

    Collection<PickupRow> all() {
        return pickups.values();
    }

    Map<String, List<OutboxCommand>> refused() {
        return refused;
    }
}
