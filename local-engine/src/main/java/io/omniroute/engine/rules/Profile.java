package io.omniroute.engine.rules;

import java.util.Objects;
import java.util.Optional;

/** One step of the rule cascade. */
public record Profile(
        String name,
        Match when,
        Filters filters,
        Objective objective,
        Constraints constraints,
        Optional<String> fallback) {

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(fallback, "fallback");
    }
}
