package io.omniroute.engine.rules;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.NodeType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one entry of the {@code profiles} list, reporting every problem and filling gaps with defaults. */
final class ProfileReader {

    static final List<String> PROFILE_KEYS = List.of("name", "when", "filters", "objective", "constraints", "fallback");
    static final List<String> WHEN_KEYS = List.of("channel", "fulfillment", "service_level", "order_value");
    static final List<String> RANGE_KEYS = List.of("min", "max");
    static final List<String> FILTER_KEYS = List.of("node_types", "max_distance_km", "exclude_nodes", "exclude_tags");
    static final List<String> OBJECTIVE_KEYS = List.of("split_penalty", "unfilled_penalty", "node_type_bias");
    static final List<String> CONSTRAINT_KEYS = List.of("max_shipments", "allow_partial");
    private static final List<String> NODE_TYPE_NAMES =
            Arrays.stream(NodeType.values()).map(Enum::name).collect(Collectors.toList());

    // The built-in default is the single source of the documented defaults.
    private static final Objective DEFAULT_OBJECTIVE = RuleSet.BUILT_IN_DEFAULT.objective();
    private static final Constraints DEFAULT_CONSTRAINTS = RuleSet.BUILT_IN_DEFAULT.constraints();

    private final YamlProblems problems;

    private ProfileReader(YamlProblems problems) {
        this.problems = problems;
    }

    static ProfileDraft read(Node node, int index, YamlProblems problems) {
        return new ProfileReader(problems).read(node, index);
    }

    private ProfileDraft read(Node node, int index) {
        String path = "profiles[" + index + "]";
        int line = YamlProblems.lineOf(node);
        Optional<YamlMap> found = YamlMap.of(node, path, PROFILE_KEYS, problems);
        if (found.isEmpty()) {
            Profile placeholder = new Profile("", Match.ANY, Filters.NONE, DEFAULT_OBJECTIVE, DEFAULT_CONSTRAINTS,
                    Optional.empty());
            return new ProfileDraft(index, line, Optional.empty(), line, Optional.empty(), line, false, placeholder);
        }
        YamlMap map = found.get();
        Optional<Node> nameNode = map.get("name");
        Optional<String> name = nameNode.flatMap(n -> YamlValues.text(n, map.path("name"), problems));
        if (nameNode.isEmpty()) {
            problems.add(node, map.path("name"), "the profile has no name: add name: <text>, since fallbacks and "
                    + "plans refer to profiles by name");
        }
        Optional<Node> fallbackNode = map.get("fallback");
        Optional<String> fallback = fallbackNode.flatMap(n -> YamlValues.text(n, map.path("fallback"), problems));

        int problemsBefore = problems.count();
        Match when = map.get("when").map(n -> readWhen(n, map.path("when"))).orElse(Match.ANY);
        boolean catchAll = problems.count() == problemsBefore && when.equals(Match.ANY);

        Profile profile = new Profile(
                name.orElse(""),
                when,
                map.get("filters").map(n -> readFilters(n, map.path("filters"))).orElse(Filters.NONE),
                map.get("objective").map(n -> readObjective(n, map.path("objective"))).orElse(DEFAULT_OBJECTIVE),
                map.get("constraints").map(n -> readConstraints(n, map.path("constraints")))
                        .orElse(DEFAULT_CONSTRAINTS),
                fallback);
        return new ProfileDraft(index, line, name, nameNode.map(YamlProblems::lineOf).orElse(line), fallback,
                fallbackNode.map(YamlProblems::lineOf).orElse(line), catchAll, profile);
    }

    private Match readWhen(Node node, String path) {
        Optional<YamlMap> found = YamlMap.of(node, path, WHEN_KEYS, problems);
        if (found.isEmpty()) {
            return Match.ANY;
        }
        YamlMap when = found.get();
        Set<String> channels = texts(when, "channel");
        Set<Fulfillment> fulfillments = when.get("fulfillment")
                .map(n -> YamlValues.enumSet(n, when.path("fulfillment"), Fulfillment.class, "fulfillment", problems))
                .orElse(Set.of());
        Set<String> serviceLevels = texts(when, "service_level");
        ValueRange range = when.get("order_value").map(n -> readRange(n, when.path("order_value")))
                .orElse(ValueRange.ANY);
        return new Match(channels, fulfillments, serviceLevels, range.min(), range.max());
    }

    private ValueRange readRange(Node node, String path) {
        Optional<YamlMap> found = YamlMap.of(node, path, RANGE_KEYS, problems);
        if (found.isEmpty()) {
            return ValueRange.ANY;
        }
        YamlMap map = found.get();
        OptionalDouble min = map.get("min").map(n -> YamlValues.number(n, map.path("min"), problems))
                .orElse(OptionalDouble.empty());
        OptionalDouble max = map.get("max").map(n -> YamlValues.number(n, map.path("max"), problems))
                .orElse(OptionalDouble.empty());
        if (min.isPresent() && max.isPresent() && min.getAsDouble() >= max.getAsDouble()) {
            problems.add(node, path, "min " + YamlNumbers.format(min.getAsDouble()) + " is not below max "
                    + YamlNumbers.format(max.getAsDouble()) + ": an order matches when min <= value < max, "
                    + "so this range matches no order");
        }
        return new ValueRange(min, max);
    }

    private Filters readFilters(Node node, String path) {
        Optional<YamlMap> found = YamlMap.of(node, path, FILTER_KEYS, problems);
        if (found.isEmpty()) {
            return Filters.NONE;
        }
        YamlMap filters = found.get();
        return new Filters(
                filters.get("node_types").map(n -> YamlValues.enumSet(n, filters.path("node_types"), NodeType.class,
                        "node type", problems)).orElse(Set.of()),
                nonNegative(filters, "max_distance_km", "a distance cannot be negative; omit the key for no limit"),
                texts(filters, "exclude_nodes"),
                texts(filters, "exclude_tags"));
    }

    private Objective readObjective(Node node, String path) {
        Optional<YamlMap> found = YamlMap.of(node, path, OBJECTIVE_KEYS, problems);
        if (found.isEmpty()) {
            return DEFAULT_OBJECTIVE;
        }
        YamlMap objective = found.get();
        String hint = "a penalty cannot be negative; 0 means no penalty";
        return new Objective(
                nonNegative(objective, "split_penalty", hint).orElse(DEFAULT_OBJECTIVE.splitPenalty()),
                nonNegative(objective, "unfilled_penalty", hint).orElse(DEFAULT_OBJECTIVE.unfilledPenalty()),
                objective.get("node_type_bias").map(n -> readBias(n, objective.path("node_type_bias")))
                        .orElse(DEFAULT_OBJECTIVE.nodeTypeBias()));
    }

    private Map<NodeType, Double> readBias(Node node, String path) {
        Map<NodeType, Double> bias = new EnumMap<>(NodeType.class);
        Optional<YamlMap> found = YamlMap.of(node, path, NODE_TYPE_NAMES, problems);
        if (found.isEmpty()) {
            return bias;
        }
        YamlMap map = found.get();
        for (NodeType type : NodeType.values()) {
            String hint = "the optimizer relies on non-negative costs; to prefer " + type
                    + ", put a positive bias on the types to avoid instead";
            nonNegative(map, type.name(), "the bias for " + type, hint).ifPresent(value -> bias.put(type, value));
        }
        return bias;
    }

    private Constraints readConstraints(Node node, String path) {
        Optional<YamlMap> found = YamlMap.of(node, path, CONSTRAINT_KEYS, problems);
        if (found.isEmpty()) {
            return DEFAULT_CONSTRAINTS;
        }
        YamlMap constraints = found.get();
        int maxShipments = DEFAULT_CONSTRAINTS.maxShipments();
        Optional<Node> shipmentsNode = constraints.get("max_shipments");
        if (shipmentsNode.isPresent()) {
            String field = constraints.path("max_shipments");
            var value = YamlValues.wholeNumber(shipmentsNode.get(), field, problems);
            if (value.isPresent() && value.getAsLong() < 1) {
                problems.add(shipmentsNode.get(), field, "max_shipments is " + value.getAsLong()
                        + ": must be a whole number >= 1 (1 means the order never splits)");
            } else if (value.isPresent() && value.getAsLong() > Integer.MAX_VALUE) {
                problems.add(shipmentsNode.get(), field, "max_shipments is " + value.getAsLong()
                        + ": must be at most " + Integer.MAX_VALUE);
            } else if (value.isPresent()) {
                maxShipments = (int) value.getAsLong();
            }
        }
        boolean allowPartial = constraints.get("allow_partial")
                .flatMap(n -> YamlValues.bool(n, constraints.path("allow_partial"), problems))
                .orElse(DEFAULT_CONSTRAINTS.allowPartial());
        return new Constraints(maxShipments, allowPartial);
    }

    private Set<String> texts(YamlMap map, String key) {
        return map.get(key).map(n -> YamlValues.textSet(n, map.path(key), problems)).orElse(Set.of());
    }

    private OptionalDouble nonNegative(YamlMap map, String key, String hint) {
        return nonNegative(map, key, key, hint);
    }

    /** A number that must be >= 0; a negative one is reported with the hint and read as absent. */
    private OptionalDouble nonNegative(YamlMap map, String key, String what, String hint) {
        Optional<Node> node = map.get(key);
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = YamlValues.number(node.get(), map.path(key), problems);
        if (value.isPresent() && value.getAsDouble() < 0) {
            problems.add(node.get(), map.path(key), what + " is " + ((ScalarNode) node.get()).getValue()
                    + ": must be >= 0 (" + hint + ")");
            return OptionalDouble.empty();
        }
        return value;
    }

    /** An order value range; either end may be open. */
    private record ValueRange(OptionalDouble min, OptionalDouble max) {
        static final ValueRange ANY = new ValueRange(OptionalDouble.empty(), OptionalDouble.empty());
    }
}
