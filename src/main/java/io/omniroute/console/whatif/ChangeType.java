package io.omniroute.console.whatif;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of change the form offers, with the fields each needs. */
enum ChangeType {
    CLOSE_NODE("Close a node", Set.of(Field.NODE), ""),
    OPEN_NODE("Open a node for shipping", Set.of(Field.NODE), ""),
    SET_CAPACITY("Set daily capacity", Set.of(Field.NODE, Field.AMOUNT), "shipments a day; blank lifts the limit"),
    SCALE_CAPACITY("Scale daily capacity", Set.of(Field.NODE, Field.AMOUNT), "factor: 1.5 or 150%"),
    SCALE_STOCK("Scale stock", Set.of(Field.NODE, Field.SKU, Field.CATEGORY, Field.AMOUNT),
            "factor: 0.8 or 80%"),
    MOVE_STOCK("Move stock between nodes", Set.of(Field.NODE, Field.TO_NODE, Field.SKU, Field.CATEGORY,
            Field.AMOUNT), "share moved: 0.5 or 50%"),
    SCALE_CARRIER_RATES("Scale carrier rates", Set.of(Field.CARRIER, Field.AMOUNT), "factor: 1.1 or 110%"),
    SCALE_DEMAND("Scale demand", Set.of(Field.AMOUNT, Field.SEED), "factor: 1.2 or 120%"),
    REPLACE_RULES("Replace the rules", Set.of(Field.RULES), "");

    /** A value the form asks for. */
    enum Field { NODE, TO_NODE, SKU, CATEGORY, CARRIER, AMOUNT, SEED, RULES }

    private final String label;
    private final Set<Field> fields;
    private final String amountHint;

    ChangeType(String label, Set<Field> fields, String amountHint) {
        this.label = label;
        this.fields = EnumSet.copyOf(fields);
        this.amountHint = amountHint;
    }

    boolean asks(Field field) {
        return fields.contains(field);
    }

    /** What to type into the amount field. */
    String amountHint() {
        return amountHint;
    }

    /** Whether the node may be left at "any" (a stock scope); else one must be chosen. */
    boolean nodeOptional() {
        return this == SCALE_STOCK;
    }

    @Override
    public String toString() {
        return label;
    }
}
