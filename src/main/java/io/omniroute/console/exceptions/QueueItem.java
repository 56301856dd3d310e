package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of the exception queue: a backend exception, or a problem the console derived for an order.
 *
 * @param key unique in the queue: the exception id, or {@code KIND:order_id} (a conflict: {@code CONFLICT:<command>})
 * @param exception the backend exception behind the row; empty for a derived one
 * @param line the order line it is about, 0 for the whole order
 * @param raisedAt when the problem arose: the exception's creation, else the order's
 * @param promiseDue when the order is promised by; empty while the rate card is unknown
 * @param orderVersion the order's version as the cache has it (the next command's expected version)
 * @param pending one of the user's commands on the order or the exception is still on its way
 * @param commandId for a CONFLICT row, the outbox command in conflict
 */
public record QueueItem(String key, ExceptionKind kind, String orderId, Optional<CachedException> exception,
        int line, String sku, int qty, String reason, Instant raisedAt, Optional<Instant> promiseDue, double value,
        String channel, String fulfillment, Optional<String> assignee, long orderVersion, boolean pending,
        OptionalLong commandId) {

    public QueueItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(promiseDue, "promiseDue");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(commandId, "commandId");
    }

    public Duration age(Instant now) {
        Duration age = Duration.between(raisedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** Time left until the promise; negative once it has passed; empty when unknown. */
    public Optional<Duration> timeLeft(Instant now) {
        return promiseDue.map(due -> Duration.between(now, due));
    }

    public boolean takenBy(String user) {
        return assignee.filter(user::equals).isPresent();
    }
}
