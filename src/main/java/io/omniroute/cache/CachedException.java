package io.omniroute.cache;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A cached exception: units of an order line the backend could not source, and who has taken it.
 *
 * @param status OPEN or RESOLVED
 * @param nodeId the pickup store of a PICKUP order
 * @param pending how many of the user's commands on it are still in the outbox
 */
public record CachedException(String exceptionId, long version, String orderId, int lineNo, String sku, int qty,
        String type, String reason, String status, Instant createdAt, Optional<String> nodeId,
        Optional<String> assignee, Optional<Instant> takenAt, int pending) {

    public static final String OPEN = "OPEN";

    public CachedException {
        Objects.requireNonNull(exceptionId, "exceptionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(takenAt, "takenAt");
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
