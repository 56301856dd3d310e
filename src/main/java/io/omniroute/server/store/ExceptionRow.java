package io.omniroute.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Units of an order line the server could not source, waiting for a planner.
 *
 * @param status OPEN or RESOLVED
 * @param nodeId the pickup store of a PICKUP order, else empty
 * @param assignee the planner who took the exception to work it, else empty
 * @param takenAt when the assignee took it
 */
public record ExceptionRow(
        String exceptionId,
        String orderId,
        int lineNo,
        String sku,
        int qty,
        String type,
        String reason,
        String status,
        Optional<String> nodeId,
        Instant createdAt,
        Optional<Instant> resolvedAt,
        Optional<String> resolvedBy,
        long version,
        Optional<String> assignee,
        Optional<Instant> takenAt) {

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    public ExceptionRow {
        Objects.requireNonNull(exceptionId, "exceptionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(takenAt, "takenAt");
    }

    /** A new exception: nobody has taken it yet. */
    public ExceptionRow(String exceptionId, String orderId, int lineNo, String sku, int qty, String type,
            String reason, String status, Optional<String> nodeId, Instant createdAt, Optional<Instant> resolvedAt,
            Optional<String> resolvedBy, long version) {
        this(exceptionId, orderId, lineNo, sku, qty, type, reason, status, nodeId, createdAt, resolvedAt, resolvedBy,
                version, Optional.empty(), Optional.empty());
    }
}
