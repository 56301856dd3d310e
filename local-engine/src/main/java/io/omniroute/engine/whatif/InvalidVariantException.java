package io.omniroute.engine.whatif;

import java.util.List;

/** A variant whose changes do not fit the baseline, with one message per change that does not. */
public final class InvalidVariantException extends IllegalArgumentException {

    private final String variant;
    private final List<String> problems;

    InvalidVariantException(String variant, List<String> problems) {
        super("variant '" + variant + "' does not fit the scenario: " + String.join("; ", problems));
        this.variant = variant;
        this.problems = List.copyOf(problems);
    }

    public String variant() {
        return variant;
    }

    /** One line per change that does not fit: {@code change 2 (close node DC-009): node DC-009 is not in ...}. */
    public List<String> problems() {
        return problems;
    }
}
