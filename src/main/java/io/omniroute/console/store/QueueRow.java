package io.omniroute.console.store;

import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.util.Objects;

/**
 * One order in the store's queue, as a table row: the cached pickup, its lines as one line of text, what is wrong
 * with it (Problems tab; "" when nothing), and whether a command for it is still in flight.
 */
public record QueueRow(PickupRow pickup, String linesText, String problem, boolean pending) {

    public QueueRow {
        Objects.requireNonNull(pickup, "pickup");
        Objects.requireNonNull(linesText, "linesText");
        Objects.requireNonNull(problem, "problem");
    }

    public String orderId() {
        return pickup.orderId();
    }

    public String customerName() {
        return pickup.customerName();
    }

    public Instant readyBy() {
        return pickup.readyBy();
    }

    public String channel() {
        return pickup.channel();
    }

    public double value() {
        return pickup.value();
    }

    public String status() {
        return pickup.status();
    }
}
