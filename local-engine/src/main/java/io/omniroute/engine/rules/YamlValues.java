package io.omniroute.engine.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reads of YAML values. Each read reports a wrong value and returns empty, so the caller can carry on with
 * a default and the user still sees every problem at once.
 */
final class YamlValues {

    private YamlValues() {
    }

    /** A finite number, written as an integer or a decimal (not quoted). */
    static OptionalDouble number(Node node, String field, YamlProblems problems) {
        if (!isScalarTagged(node, Tag.INT) && !isScalarTagged(node, Tag.FLOAT)) {
            problems.add(node, field, "expected a number, found " + describe(node));
            return OptionalDouble.empty();
        }
        String text = ((ScalarNode) node).getValue().replace("_", "");
        double value;
        try {
            value = text.toLowerCase(Locale.ROOT).matches("[-+]?\\.(inf|nan)") ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            problems.add(node, field, "cannot read '" + text + "' as a number: write it in plain decimals, like 12.5");
            return OptionalDouble.empty();
        }
        if (!Double.isFinite(value)) {
            problems.add(node, field, "expected a finite number, found '" + text + "'");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value + 0.0); // + 0.0 turns -0 into 0, so equal rules compare equal
    }

    /** A whole number, written without a decimal point. */
    static OptionalLong wholeNumber(Node node, String field, YamlProblems problems) {
        if (!isScalarTagged(node, Tag.INT)) {
            problems.add(node, field, "expected a whole number, found " + describe(node));
            return OptionalLong.empty();
        }
        String text = ((ScalarNode) node).getValue().replace("_", "");
        try {
            return OptionalLong.of(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
        } catch (NumberFormatException e) {
            problems.add(node, field, "cannot read '" + text + "' as a whole number: write it in plain digits, like 3");
            return OptionalLong.empty();
        }
    }

    static Optional<Boolean> bool(Node node, String field, YamlProblems problems) {
        if (!isScalarTagged(node, Tag.BOOL)) {
            problems.add(node, field, "expected true or false, found " + describe(node));
            return Optional.empty();
        }
        String text = ((ScalarNode) node).getValue().toLowerCase(Locale.ROOT);
        return Optional.of(text.equals("true") || text.equals("yes") || text.equals("on"));
    }

    /** Non-blank text. Unquoted numbers are taken as written, so {@code exclude_nodes: [42]} means node "42". */
    static Optional<String> text(Node node, String field, YamlProblems problems) {
        if (!(node instanceof ScalarNode) || node.getTag().equals(Tag.NULL)) {
            problems.add(node, field, "expected a text value, found " + describe(node));
            return Optional.empty();
        }
        String value = ((ScalarNode) node).getValue();
        if (value.isBlank()) {
            problems.add(node, field, "is blank: expected a non-blank text value");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** One text value or a list of them; an empty list gives an empty set. */
    static Set<String> textSet(Node node, String field, YamlProblems problems) {
        Set<String> values = new LinkedHashSet<>();
        for (Node item : items(node)) {
            text(item, field, problems).ifPresent(values::add);
        }
        return values;
    }

    /** One enum name or a list of them, spelt exactly as the constant. */
    static <E extends Enum<E>> Set<E> enumSet(
            Node node, String field, Class<E> type, String what, YamlProblems problems) {
        Set<E> values = EnumSet.noneOf(type);
        for (Node item : items(node)) {
            text(item, field, problems).flatMap(name -> enumValue(item, name, field, type, what, problems))
                    .ifPresent(values::add);
        }
        return values;
    }

    static <E extends Enum<E>> Optional<E> enumValue(
            Node node, String name, String field, Class<E> type, String what, YamlProblems problems) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
        if (names.contains(name)) {
            return Optional.of(Enum.valueOf(type, name));
        }
        problems.add(node, field, "unknown " + what + " '" + name + "'" + Suggestions.didYouMean(name, names)
                + ": expected one of " + String.join(", ", names));
        return Optional.empty();
    }

    /** A short description of a node for "found ..." in messages. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        String value = ((ScalarNode) node).getValue();
        String kind = node.getTag().equals(Tag.STR) ? "the text '" : "'";
        return kind + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
    }

    private static List<Node> items(Node node) {
        return node instanceof SequenceNode ? new ArrayList<>(((SequenceNode) node).getValue()) : List.of(node);
    }

    private static boolean isScalarTagged(Node node, Tag tag) {
        return node instanceof ScalarNode && node.getTag().equals(tag);
    }
}
