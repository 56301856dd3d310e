package io.omniroute.console.store;

/** Why the store cannot give units, as PICKUP_REJECT's reason_code names it. */
public enum RejectReason {
    DAMAGED("Damaged"),
    NOT_FOUND("Not found on the shelf"),
    MIS_STOCKED("Mis-stocked (wrong item in the bin)");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code the backend expects. */
    public String code() {
        return name();
    }
}
