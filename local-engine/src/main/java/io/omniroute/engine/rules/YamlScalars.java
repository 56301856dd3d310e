package io.omniroute.engine.rules;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Writes text values for rules.yaml, quoting only where YAML would otherwise misread them. */
final class YamlScalars {

    /** Ids and names like {@code ST-0042}, {@code same-day} or {@code WEB} read back unchanged without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Resolver RESOLVER = new Resolver();

    private YamlScalars() {
    }

    /**
     * Plain when it is an id-like word YAML reads as text; double-quoted otherwise, so {@code "yes"}, {@code "42"},
     * {@code "null"} and names with spaces or punctuation survive the round trip exactly.
     */
    static String text(String value) {
        if (PLAIN.matcher(value).matches() && RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR)) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
