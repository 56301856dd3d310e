package io.omniroute.engine.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping whose keys were checked against the allowed ones. Unknown and repeated keys are reported rather
 * than ignored, because a misspelt key would otherwise silently fall back to its default.
 */
final class YamlMap {

    private final Node node;
    private final String path;
    private final Map<String, Node> values;

    private YamlMap(Node node, String path, Map<String, Node> values) {
        this.node = node;
        this.path = path;
        this.values = values;
    }

    /** Reads a mapping, or reports what was found instead and returns empty. */
    static Optional<YamlMap> of(Node node, String path, List<String> allowedKeys, YamlProblems problems) {
        if (!(node instanceof MappingNode)) {
            problems.add(node, path, "expected a mapping with the keys " + String.join(", ", allowedKeys)
                    + ", found " + YamlValues.describe(node));
            return Optional.empty();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (NodeTuple entry : ((MappingNode) node).getValue()) {
            Node keyNode = entry.getKeyNode();
            if (!(keyNode instanceof ScalarNode)) {
                problems.add(keyNode, path, "a key must be a plain word, found " + YamlValues.describe(keyNode)
                        + ": allowed keys are " + String.join(", ", allowedKeys));
                continue;
            }
            String key = ((ScalarNode) keyNode).getValue();
            String field = join(path, key);
            if (!allowedKeys.contains(key)) {
                problems.add(keyNode, field, "unknown key '" + key + "'" + Suggestions.didYouMean(key, allowedKeys)
                        + ": allowed keys here are " + String.join(", ", allowedKeys));
            } else if (firstLines.containsKey(key)) {
                problems.add(keyNode, field, "key '" + key + "' appears twice (first on line " + firstLines.get(key)
                        + "): keep one of them");
            } else {
                firstLines.put(key, YamlProblems.lineOf(keyNode));
                values.put(key, entry.getValueNode());
            }
        }
        return Optional.of(new YamlMap(node, path, values));
    }

    /** The value of a key; a key left empty or set to null counts as absent. */
    Optional<Node> get(String key) {
        Node value = values.get(key);
        return value == null || value.getTag().equals(Tag.NULL) ? Optional.empty() : Optional.of(value);
    }

    /** The dotted path of a key in this mapping, for error messages. */
    String path(String key) {
        return join(path, key);
    }

    Node node() {
        return node;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
