package io.omniroute.console.shell;

import java.util.Objects;

/** One answer of the global search: what it is, how it reads in the list, and where choosing it goes. */
public record SearchHit(Kind kind, String id, String label, Target target) {

    public enum Kind {
        ORDER,
        NODE,
        SKU
    }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
    }
}
