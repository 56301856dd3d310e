package io.omniroute.server.commands;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.server.auth.Session;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the commands of docs/sync-api.md inside the caller's transaction, so that the state change, its stock
 * moves, its order event, its feed rows and the idempotency record commit together or not at all.
 */
public final class CommandService {

    private final Map<CommandType, CommandHandler> handlers = new EnumMap<>(CommandType.class);

    private CommandService(Scenario staticNetwork) {
        NetworkModel network = NetworkModel.of(staticNetwork);
        handlers.put(CommandType.REROUTE, new Reroute(network));
        handlers.put(CommandType.CANCEL_LINES, LineRelease.cancel(network));
        handlers.put(CommandType.BACKORDER, LineRelease.backorder(network));
        handlers.put(CommandType.RESOLVE_EXCEPTION, new ExceptionResolution());
        handlers.put(CommandType.TAKE_EXCEPTION, ExceptionAssignment.take());
        handlers.put(CommandType.RELEASE_EXCEPTION, ExceptionAssignment.release());
        for (CommandType step : new CommandType[] {CommandType.PICKUP_ACCEPT, CommandType.PICKUP_READY,
                CommandType.PICKUP_COLLECTED, CommandType.PICKUP_NO_SHOW}) {
            handlers.put(step, new PickupFlow(network, step));
        }
        handlers.put(CommandType.PICKUP_REJECT, new PickupReject(network));
        handlers.put(CommandType.SHIP_CONFIRM, new ShipConfirm());
        handlers.put(CommandType.PUBLISH_RULES, new RulesPublication(
                staticNetwork.nodes().stream().map(Node::id).collect(Collectors.toSet()),
                staticNetwork.serviceLevels().stream().map(ServiceLevel::name).collect(Collectors.toSet())));
    }

    /** Commands over the network as the database holds it. */
    public static CommandService load(Database database) {
        return over(database.inTransaction(tx -> tx.network().loadNetwork()));
    }

    /** Commands over a network already loaded from the database, which saves reading it a second time. */
    public static CommandService over(Scenario staticNetwork) {
        return new CommandService(staticNetwork);
    }

    /** Applies the command, or throws the ApiException (403, 404, 409, 422) that refuses it. */
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        if (!command.type().allowsRoleOf(caller)) {
            throw ApiException.forbidden("a " + caller.role() + " may not send " + command.type());
        }
        return handlers.get(command.type()).apply(tx, caller, command, now);
    }
}
