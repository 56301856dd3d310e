package io.omniroute.console.whatif;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reads of a composed YAML tree that note every problem with its line and field instead of stopping at the
 * first, so a damaged file is explained in one go. Unknown keys are problems too: a misspelt key would otherwise be
 * silently ignored.
 */
final class YamlFields {

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();

    YamlFields(String file) {
        this.file = file;
    }

    /** A mapping's values by key, with every required key present and no unknown key. */
    Optional<Map<String, Node>> map(Node node, String path, List<String> allowed, List<String> required) {
        if (!(node instanceof MappingNode mapping)) {
            add(node, path, "expected a mapping with " + String.join(", ", required) + ", found " + describe(node));
            return Optional.empty();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!allowed.contains(key)) {
                add(entry.getKeyNode(), join(path, key), "unknown key '" + key + "': allowed here are "
                        + String.join(", ", allowed));
            } else if (values.put(key, entry.getValueNode()) != null) {
                add(entry.getKeyNode(), join(path, key), "key '" + key + "' appears twice");
            }
        }
        for (String key : required) {
            if (!values.containsKey(key) || isNull(values.get(key))) {
                add(node, join(path, key), "is missing: the study file was not written completely or was edited");
            }
        }
        return Optional.of(values);
    }

    Optional<String> text(Map<String, Node> map, String key, String path) {
        Node node = map.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            add(node, join(path, key), "expected text, found " + describe(node));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    Optional<Long> whole(Map<String, Node> map, String key, String path) {
        return parsed(map, key, path, text -> Long.parseLong(text.strip()), "is not a whole number");
    }

    Optional<Double> number(Map<String, Node> map, String key, String path) {
        return parsed(map, key, path, text -> {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(text);
            }
            return value;
        }, "is not a number");
    }

    Optional<Instant> instant(Map<String, Node> map, String key, String path) {
        return parsed(map, key, path, text -> Instant.parse(text.strip()),
                "is not a UTC time such as 2026-03-02T10:15:00Z");
    }

    /** The value read by {@code parse}, or a problem quoting the text and saying what it is not. */
    private <T> Optional<T> parsed(Map<String, Node> map, String key, String path, Function<String, T> parse,
            String isNot) {
        return text(map, key, path).flatMap(text -> {
            try {
                return Optional.of(parse.apply(text));
            } catch (NumberFormatException | DateTimeParseException e) {
                add(map.get(key), join(path, key), "'" + text + "' " + isNot);
                return Optional.empty();
            }
        });
    }

    /** The items of a list; absent or empty is an empty list. */
    List<Node> list(Map<String, Node> map, String key, String path) {
        Node node = map.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            add(node, join(path, key), "expected a list, found " + describe(node));
            return List.of();
        }
        return sequence.getValue();
    }

    void add(Node node, String field, String message) {
        problems.add(new InputProblem(file, node == null ? 0 : node.getStartMark().getLine() + 1, field, message));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }
}
