package io.omniroute.server.demo;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.server.commands.CommandType;
import io.omniroute.server.store.OrderRecord;
import java.time.Duration;
import java.util.Optional;

/** Plays the shipping nodes' warehouse system: a sourced SHIP order is picked, packed and confirmed as shipped. */
final class NodePlayer implements Player {

    private final DemoCommands commands;
    private final DemoStats stats;

    NodePlayer(DemoCommands commands, DemoStats stats) {
        this.commands = commands;
        this.stats = stats;
    }

    /** Ships the order if it is still fully sourced; one a planner has changed meanwhile is theirs to finish. */
    @Override
    public Optional<Duration> advance(String orderId) {
        Optional<OrderRecord> order = commands.order(orderId)
                .filter(o -> o.fulfillment() == Fulfillment.SHIP && o.status().equals("SOURCED"));
        if (order.isPresent()) {
            commands.send(DemoActors.warehouse(), CommandType.SHIP_CONFIRM, orderId, order.get().version(),
                    DemoCommands.emptyPayload());
            stats.shipped();
        }
        return Optional.empty();
    }
}
