package io.omniroute.console.inventory;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the quick filter keeps. Every part is optional and they combine with AND.
 *
 * @param text a case-insensitive substring of the SKU, the SKU name, the node id or the node name ("" = any)
 * @param nodeType one of DC, STORE, DARK_STORE, DROPSHIP_VENDOR, THREE_PL ("" = any)
 * @param state a node's 2-letter state ("" = any)
 * @param atpAtMost keep positions whose ATP is at or below this (low ATP)
 * @param staleOnly keep only positions not updated within the stale age
 */
public record PositionFilter(String text, String nodeType, String state, OptionalInt atpAtMost, boolean staleOnly) {

    /** Keeps every position. */
    public static final PositionFilter NONE = new PositionFilter("", "", "", OptionalInt.empty(), false);

    public PositionFilter {
        text = Objects.requireNonNull(text, "text").strip();
        nodeType = Objects.requireNonNull(nodeType, "nodeType").strip();
        state = Objects.requireNonNull(state, "state").strip();
        Objects.requireNonNull(atpAtMost, "atpAtMost");
    }

    public PositionFilter withText(String value) {
        return new PositionFilter(value, nodeType, state, atpAtMost, staleOnly);
    }

    public PositionFilter withNodeType(String value) {
        return new PositionFilter(text, value, state, atpAtMost, staleOnly);
    }

    public PositionFilter withState(String value) {
        return new PositionFilter(text, nodeType, value, atpAtMost, staleOnly);
    }

    public PositionFilter withAtpAtMost(int value) {
        return new PositionFilter(text, nodeType, state, OptionalInt.of(value), staleOnly);
    }

    public PositionFilter withStaleOnly(boolean value) {
        return new PositionFilter(text, nodeType, state, atpAtMost, value);
    }

    /** The search text as it is matched: lower case, independent of the user's locale. */
    String needle() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True when rows need a look at their own ATP or age, beyond what their node and SKU decide. */
    boolean checksRows() {
        return atpAtMost.isPresent() || staleOnly;
    }

    /** True when nothing is filtered at all. */
    boolean keepsAll() {
        return text.isEmpty() && nodeType.isEmpty() && state.isEmpty() && !checksRows();
    }
}
