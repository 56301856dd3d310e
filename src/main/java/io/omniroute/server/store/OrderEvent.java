package io.omniroute.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to an order (CREATED, SOURCED, REROUTED, ...), who did it and why.
 *
 * @param details free text or JSON; empty when there is nothing to add
 */
public record OrderEvent(Instant at, String type, String actor, String reason, String details) {

    public OrderEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(details, "details");
    }
}
