package io.omniroute.console.exceptions;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of problem a queue row is. The backend raises the first six when it sources or re-sources units; the
 * console derives the last three from what the cache holds: orders whose promise is near, orders allocated from
 * stock nobody has confirmed lately, and the planner's own commands the backend answered with a conflict.
 */
public enum ExceptionKind {
    NO_STOCK("No stock", true),
    PARTIAL("Partial", true),
    PICKUP_SHORT("Pickup short", true),
    SLA_INFEASIBLE("SLA infeasible", true),
    CAPACITY("Capacity", true),
    STORE_REJECTED("Store rejected", true),
    SLA_AT_RISK("SLA at risk", false),
    STALE_INVENTORY("Stale inventory", false),
    CONFLICT("Conflict", false);

    private final String label;
    private final boolean raisedByBackend;

    ExceptionKind(String label, boolean raisedByBackend) {
        this.label = label;
        this.raisedByBackend = raisedByBackend;
    }

    public String label() {
        return label;
    }

    /** A backend exception can be taken, released and resolved; a derived one lasts while its cause does. */
    public boolean raisedByBackend() {
        return raisedByBackend;
    }

    /** The kind of a backend exception type; empty for a type this console does not know. */
    public static Optional<ExceptionKind> ofType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.raisedByBackend && kind.name().equals(type)).findFirst();
    }
}
