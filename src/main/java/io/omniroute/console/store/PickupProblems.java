package io.omniroute.console.store;

import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What needs the store manager's eye on a pickup: rejected units, a no-show, a command the backend refused. */
final class PickupProblems {

    private static final Set<String> OPEN = Set.of("NEW", "ACCEPTED", "PICKING", "READY");

    private PickupProblems() {
    }

    /**
     * One sentence per problem, joined; "" when there is none.
     *
     * @param since no-shows promised before this are history, not a problem to look at any more
     */
    static String describe(PickupRow pickup, List<OutboxCommand> commands, Instant since) {
        List<String> problems = new ArrayList<>();
        int rejected = pickup.lines().stream().mapToInt(PickupRow.Line::rejectedQty).sum();
        if (rejected > 0 && OPEN.contains(pickup.status())) {
            problems.add(rejected + (rejected == 1 ? " unit" : " units")
                    + " rejected: re-sourced by the backend, the customer decides");
        }
        if (pickup.status().equals("NO_SHOW") && !pickup.readyBy().isBefore(since)) {
            problems.add("No-show: the customer did not come");
        }
        for (OutboxCommand command : commands) {
            if (command.state() == OutboxState.CONFLICT) {
                problems.add(command.type() + " conflicts with a newer version: decide in the outbox");
            } else if (command.state() == OutboxState.FAILED) {
                problems.add(command.type() + " failed: " + command.lastError().orElse("no reason given"));
            }
        }
        return String.join("; ", problems);
    }
}
