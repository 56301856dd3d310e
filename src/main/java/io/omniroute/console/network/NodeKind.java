package io.omniroute.console.network;

import java.util.Arrays;
import java.util.Locale;

/** A node's type as the map shows it; a type this console does not know yet is {@link #OTHER}. */
public enum NodeKind {
    DC("Distribution center", "DC"),
    STORE("Store", "Store"),
    DARK_STORE("Dark store", "Dark store"),
    DROPSHIP_VENDOR("Dropship vendor", "Dropship"),
    THREE_PL("3PL", "3PL"),
    OTHER("Other", "Other");

    private final String label;
    private final String shortLabel;

    NodeKind(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    /** For narrow places: the node list's type column. */
    public String shortLabel() {
        return shortLabel;
    }

    /** The CSS class that colours its marker and legend glyph: "kind-dark-store". */
    public String styleClass() {
        return "kind-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of a node type as the feed spells it ("DARK_STORE"); OTHER when unknown. */
    public static NodeKind of(String type) {
        return Arrays.stream(values()).filter(kind -> kind != OTHER && kind.name().equals(type)).findFirst()
                .orElse(OTHER);
    }
}
