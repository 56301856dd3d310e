package io.omniroute.console.exceptions;

/**
 * Why a planner changed an order, recorded with the command (and so in the order's timeline) as
 * {@code CODE: note}.
 */
public enum ReasonCode {
    COST("Lower cost"),
    PROMISE("Keep the promise"),
    STOCK("Stock problem at the node"),
    CAPACITY("Node out of capacity"),
    STORE_REJECTED("Store could not fill it"),
    CUSTOMER("Customer asked"),
    OTHER("Other");

    private final String label;

    ReasonCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The command's reason: the code, then the planner's note when there is one. */
    public String reason(String note) {
        String trimmed = note == null ? "" : note.strip();
        return trimmed.isEmpty() ? name() : name() + ": " + trimmed;
    }

    /** The code that fits a queue row best, so Enter alone records a sensible reason. */
    static ReasonCode suggestedFor(ExceptionKind kind) {
        return switch (kind) {
            case STORE_REJECTED, PICKUP_SHORT -> STORE_REJECTED;
            case CAPACITY -> CAPACITY;
            case SLA_AT_RISK, SLA_INFEASIBLE -> PROMISE;
            case NO_STOCK, PARTIAL, STALE_INVENTORY -> STOCK;
            case CONFLICT -> OTHER;
        };
    }
}
