package io.omniroute.engine.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a {@link RuleSet} as rules.yaml that {@link RulesReader} reads back to an equal rule set. The output is
 * written by hand rather than by a YAML dumper so it stays stable and looks like the documented examples: sets in
 * sorted order, numbers without a needless ".0", and empty sections left out.
 */
public final class RulesWriter {

    private RulesWriter() {
    }

    /** Writes the YAML document; an I/O failure surfaces as {@link UncheckedIOException}. */
    public static void write(RuleSet rules, Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(toYaml(rules));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the rules: " + e.getMessage(), e);
        }
    }

    public static String toYaml(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Sourcing rules: the first profile whose 'when' matches an order sources it.\n");
        yaml.append("# Reference: docs/rules.md\n");
        yaml.append("profiles:\n");
        for (Profile profile : rules.profiles()) {
            appendProfile(yaml, profile);
        }
        return yaml.toString();
    }

    private static void appendProfile(StringBuilder yaml, Profile profile) {
        yaml.append("  - name: ").append(YamlScalars.text(profile.name())).append('\n');
        appendWhen(yaml, profile.when());
        appendFilters(yaml, profile.filters());
        Objective objective = profile.objective();
        yaml.append("    objective:\n");
        yaml.append("      split_penalty: ").append(YamlNumbers.format(objective.splitPenalty())).append('\n');
        yaml.append("      unfilled_penalty: ").append(YamlNumbers.format(objective.unfilledPenalty())).append('\n');
        if (!objective.nodeTypeBias().isEmpty()) {
            String bias = new TreeSet<>(objective.nodeTypeBias().keySet()).stream()
                    .map(type -> type.name() + ": " + YamlNumbers.format(objective.biasFor(type)))
                    .collect(Collectors.joining(", ", "{", "}"));
            yaml.append("      node_type_bias: ").append(bias).append('\n');
        }
        yaml.append("    constraints:\n");
        yaml.append("      max_shipments: ").append(profile.constraints().maxShipments()).append('\n');
        yaml.append("      allow_partial: ").append(profile.constraints().allowPartial()).append('\n');
        profile.fallback().ifPresent(f -> yaml.append("    fallback: ").append(YamlScalars.text(f)).append('\n'));
    }

    private static void appendWhen(StringBuilder yaml, Match when) {
        if (when.equals(Match.ANY)) {
            return; // no when matches every order
        }
        yaml.append("    when:\n");
        appendList(yaml, "channel", when.channels());
        appendList(yaml, "fulfillment", when.fulfillments());
        appendList(yaml, "service_level", when.serviceLevels());
        if (when.minValue().isPresent() || when.maxValue().isPresent()) {
            String range = List.of(entry("min", when.minValue()), entry("max", when.maxValue())).stream()
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ", "{", "}"));
            yaml.append("      order_value: ").append(range).append('\n');
        }
    }

    private static void appendFilters(StringBuilder yaml, Filters filters) {
        if (filters.equals(Filters.NONE)) {
            return;
        }
        yaml.append("    filters:\n");
        appendList(yaml, "node_types", filters.nodeTypes());
        filters.maxDistanceKm().ifPresent(km ->
                yaml.append("      max_distance_km: ").append(YamlNumbers.format(km)).append('\n'));
        appendList(yaml, "exclude_nodes", filters.excludeNodes());
        appendList(yaml, "exclude_tags", filters.excludeTags());
    }

    /** A flow list in sorted order (enums in declaration order); an empty set is left out, as it means "any". */
    private static <T extends Comparable<? super T>> void appendList(
            StringBuilder yaml, String key, Collection<T> values) {
        if (values.isEmpty()) {
            return;
        }
        String items = new TreeSet<>(values).stream()
                .map(value -> value instanceof Enum<?> ? ((Enum<?>) value).name() : YamlScalars.text(value.toString()))
                .collect(Collectors.joining(", ", "[", "]"));
        yaml.append("      ").append(key).append(": ").append(items).append('\n');
    }

    private static String entry(String key, OptionalDouble value) {
        return value.isPresent() ? key + ": " + YamlNumbers.format(value.getAsDouble()) : "";
    }
}
