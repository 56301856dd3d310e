package io.omniroute.server.http;

import io.javalin.http.Context;
import io.omniroute.server.auth.Session;
import io.omniroute.server.commands.Command;
import io.omniroute.server.commands.CommandService;
import java.time.Clock;

/** {@code POST /api/v1/commands}: one command, applied at most once per Idempotency-Key. */
final class CommandRoutes {

    private final CommandService commands;
    private final Idempotency idempotency;
    private final Clock clock;

    CommandRoutes(CommandService commands, Idempotency idempotency, Clock clock) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    void apply(Context ctx) {
        Session caller = Callers.of(ctx);
        Idempotency.requireKey(ctx);
        Command command = Command.parse(ctx.body());
        idempotency.run(ctx, caller.userName(), tx -> new Idempotency.Outcome(200,
                commands.apply(tx, caller, command, clock.instant())::json));
    }
}
