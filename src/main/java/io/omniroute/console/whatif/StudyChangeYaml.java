package io.omniroute.console.whatif;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.whatif.StockScope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** One change of a saved variant read back: its type decides which keys it has. */
final class StudyChangeYaml {

    private static final String FACTOR = "factor";

    private StudyChangeYaml() {
    }

    static Optional<ChangeSpec> read(Node node, String path, YamlFields fields) {
        Optional<Map<String, Node>> first = fields.map(node, path, List.of("type", "node", "from", "to", "sku",
                "category", "carrier", FACTOR, "fraction", "seed", "shipments_per_day", "source", "yaml"),
                List.of("type"));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> map = first.get();
        String typeName = fields.text(map, "type", path).orElse("");
        ChangeType type;
        try {
            type = ChangeType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fields.add(map.get("type"), path + ".type", "'" + typeName + "' is not a change type: one of "
                    + java.util.Arrays.stream(ChangeType.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
            return Optional.empty();
        }
        Reader reader = new Reader(map, path, fields);
        return switch (type) {
            case CLOSE_NODE -> reader.text("node").map(ChangeSpec.CloseNode::new);
            case OPEN_NODE -> reader.text("node").map(ChangeSpec.OpenNode::new);
            case SET_CAPACITY -> reader.text("node").flatMap(n -> reader.capacity()
                    .map(c -> new ChangeSpec.SetCapacity(n, c)));
            case SCALE_CAPACITY -> reader.text("node").flatMap(n -> reader.number(FACTOR)
                    .map(f -> new ChangeSpec.ScaleCapacity(n, f)));
            case SCALE_STOCK -> reader.number(FACTOR).map(f -> new ChangeSpec.ScaleStock(reader.scope(true), f));
            case MOVE_STOCK -> reader.text("from").flatMap(from -> reader.text("to").flatMap(to -> reader
                    .number("fraction").map(f -> new ChangeSpec.MoveStock(from, to, reader.scope(false), f))));
            case SCALE_CARRIER_RATES -> reader.number(FACTOR).map(f -> new ChangeSpec.ScaleCarrierRates(
                    reader.optional("carrier"), f));
            case SCALE_DEMAND -> reader.number(FACTOR).flatMap(f -> reader.whole("seed")
                    .map(seed -> new ChangeSpec.ScaleDemand(f, seed)));
            case REPLACE_RULES -> reader.rules();
        };
    }

    /** Reads the keys of one change, noting what is missing or wrong under the change's path. */
    private record Reader(Map<String, Node> map, String path, YamlFields fields) {

        Optional<String> text(String key) {
            Optional<String> value = fields.text(map, key, path);
            if (value.isEmpty() && !map.containsKey(key)) {
                fields.add(null, path + "." + key, "is missing: this change needs it");
            }
            return value;
        }

        Optional<String> optional(String key) {
            return fields.text(map, key, path).filter(v -> !v.isBlank());
        }

        Optional<Double> number(String key) {
            if (!map.containsKey(key)) {
                fields.add(null, path + "." + key, "is missing: this change needs it");
            }
            return fields.number(map, key, path);
        }

        Optional<Long> whole(String key) {
            if (!map.containsKey(key)) {
                fields.add(null, path + "." + key, "is missing: this change needs it");
            }
            return fields.whole(map, key, path);
        }

        Optional<OptionalInt> capacity() {
            Optional<String> value = text("shipments_per_day");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (value.get().strip().equals(StudyYamlReader.UNLIMITED)) {
                return Optional.of(OptionalInt.empty());
            }
            return fields.whole(map, "shipments_per_day", path).filter(v -> v <= Integer.MAX_VALUE)
                    .map(v -> OptionalInt.of(v.intValue()));
        }

        StockScope scope(boolean withNode) {
            return new StockScope(withNode ? optional("node") : Optional.empty(), optional("sku"),
                    optional("category"));
        }

        Optional<ChangeSpec> rules() {
            Optional<String> yaml = text("yaml");
            String source = optional("source").orElse(RulesEditorViewModel.EDITED);
            if (yaml.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(ChangeSpec.ReplaceRules.parse(yaml.get(), source));
            } catch (InvalidInputException e) {
                fields.add(map.get("yaml"), path + ".yaml", "the rules do not read: " + e.problems().stream()
                        .map(InputProblem::toString).collect(Collectors.joining("; ")));
                return Optional.empty();
            }
        }
    }
}
