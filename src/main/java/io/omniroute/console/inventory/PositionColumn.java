package io.omniroute.console.inventory;

/** The columns of the positions table, each sortable; ties are always broken by node id, then SKU id. */
public enum PositionColumn {
    NODE("Node"),
    SKU("SKU"),
    SKU_NAME("SKU name"),
    ON_HAND("On hand"),
    RESERVED("Reserved"),
    SAFETY_STOCK("Safety stock"),
    ATP("ATP"),
    UPDATED("Last updated"),
    STALE("Stale");

    private final String title;

    PositionColumn(String title) {
        this.title = title;
    }

    /** The header text. */
    public String title() {
        return title;
    }

    /** True when the column's order depends only on ids and names, so a change of quantities keeps it valid. */
    boolean ordersByIdentity() {
        return this == NODE || this == SKU || this == SKU_NAME;
    }
}
