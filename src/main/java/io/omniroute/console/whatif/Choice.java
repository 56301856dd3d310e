package io.omniroute.console.whatif;

import java.util.Objects;

/** One entry of a picker: the id the change uses and what the user reads. {@link #ANY} leaves the value open. */
record Choice(String id, String label) {

    static final Choice ANY = new Choice("", "—");

    Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    static Choice of(String id) {
        return new Choice(id, id);
    }

    boolean isAny() {
        return id.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}
