package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A named what-if: changes applied, in order, to a baseline scenario. A later change sees the earlier ones, so a
 * node added first can receive stock moved next.
 */
public record Variant(String name, List<Change> changes) {

    /** The name of the unchanged run every variant is compared with. */
    public static final String BASELINE = "baseline";

    public Variant {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a variant needs a name: reports and result folders use it");
        }
        changes = List.copyOf(changes);
        if (name.equals(BASELINE) && !changes.isEmpty()) {
            throw new IllegalArgumentException("a variant with changes cannot be named '" + BASELINE + "': that name"
                    + " labels the unchanged run it is compared with");
        }
    }

    public static Variant of(String name, Change... changes) {
        return new Variant(name, List.of(changes));
    }

    public static Variant of(String name, List<Change> changes) {
        return new Variant(name, changes);
    }

    /** The unchanged scenario. */
    public static Variant baseline() {
        return new Variant(BASELINE, List.of());
    }

    /** {@code close node DC-009; scale demand by 1.2 (seed 7)}, or {@code no changes}. */
    public String describe() {
        return changes.isEmpty() ? "no changes"
                : changes.stream().map(Change::describe).collect(Collectors.joining("; "));
    }

    /**
     * The baseline with every change made, in order. A change that does not fit is skipped so the later ones are
     * still checked, and all refusals are reported together.
     *
     * @throws InvalidVariantException listing every change that does not fit, each with its values
     */
    public Scenario apply(Scenario baseline) {
        Scenario scenario = baseline;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            try {
                scenario = change.applyTo(scenario);
            } catch (IllegalArgumentException e) {
                problems.add("change " + (i + 1) + " (" + change.describe() + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidVariantException(name, problems);
        }
        return scenario;
    }
}
