package io.omniroute.server.commands;

import io.omniroute.server.auth.Session;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.ExceptionRow;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;

/** RESOLVE_EXCEPTION: a planner closes one of the order's exceptions; the order's history records who and why. */
final class ExceptionResolution implements CommandHandler {

    private static final Set<String> KEYS = Set.of("exception_id");

    @Override
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        OrderRecord order = Targets.visibleOrder(tx, command.target(), caller);
        Targets.requireVersion("order " + order.orderId(), order.version(), command.expectedVersion(),
                Views.order(order));
        Problems problems = new Problems();
        String exceptionId = new Payload(command.payload(), KEYS, problems).requiredText("exception_id").orElse("");
        problems.throwIfAny("the resolution is not valid");
        ExceptionRow exception = tx.exceptions().find(exceptionId)
                .filter(row -> row.orderId().equals(order.orderId()))
                .orElseThrow(() -> ApiException.notFound("order " + order.orderId() + " has no exception "
                        + exceptionId));
        if (!ExceptionRow.OPEN.equals(exception.status())) {
            problems.add("exception_id", "exception " + exceptionId + " is " + exception.status() + " already");
            problems.throwIfAny("exception " + exceptionId + " is not open");
        }
        FeedRows feed = new FeedRows();
        OrderChange change = new OrderChange(tx, order, feed, caller.userName(), now);
        if (!tx.exceptions().resolve(exceptionId, caller.userName(), now, exception.version())) {
            throw ApiException.conflict("exception " + exceptionId + " changed while this command ran",
                    Views.order(tx.orders().find(order.orderId()).orElseThrow()));
        }
        feed.exception(tx.exceptions().find(exceptionId).orElseThrow());
        OrderRecord after = change.save(order.status(), "EXCEPTION_RESOLVED", command.reason(), exceptionId);
        return new Applied(after.version(), feed.append(tx));
    }
}
