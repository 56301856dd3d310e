package io.omniroute.server.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omniroute.server.auth.Session;
import io.omniroute.server.commands.Applied;
import io.omniroute.server.commands.Command;
import io.omniroute.server.commands.CommandService;
import io.omniroute.server.commands.CommandType;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.PickupRow;
import java.time.Clock;
import java.util.Optional;

/**
 * The demo's way to read state and to act: each command goes through the {@link CommandService} the API uses, in a
 * transaction of its own, so its state change, stock moves, order event and feed rows land as a real client's would.
 */
final class DemoCommands {

    private final Database database;
    private final CommandService service;
    private final Clock clock;

    DemoCommands(Database database, CommandService service, Clock clock) {
        this.database = database;
        this.service = service;
        this.clock = clock;
    }

    static ObjectNode emptyPayload() {
        return JsonNodeFactory.instance.objectNode();
    }

    Optional<PickupRow> pickup(String orderId) {
        return database.inTransaction(tx -> tx.pickups().find(orderId));
    }

    Optional<OrderRecord> order(String orderId) {
        return database.inTransaction(tx -> tx.orders().find(orderId));
    }

    /** Applies the command or throws the ApiException that refuses it (a 409 when someone else acted first). */
    Applied send(Session actor, CommandType type, String orderId, long expectedVersion, ObjectNode payload) {
        Command command = new Command(type, orderId, expectedVersion, payload, "");
        return database.inTransaction(tx -> service.apply(tx, actor, command, clock.instant()));
    }
}
