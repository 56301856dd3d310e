package io.omniroute.server.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a command's payload leniently, recording each problem instead of stopping at the first. */
final class Payload {

    private final JsonNode node;
    private final Problems problems;

    /** Every key outside {@code allowed} is a problem: a misspelt key must not be silently ignored. */
    Payload(JsonNode node, Set<String> allowed, Problems problems) {
        this.node = node;
        this.problems = problems;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(name, "unknown key '" + name + "': this command's payload has " + allowed);
            }
        }
    }

    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    Optional<String> text(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(key, "must be non-blank text");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /** An optional true/false; absent or null is false. */
    boolean flag(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(key, "must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    Optional<String> requiredText(String key) {
        if (!has(key)) {
            problems.add(key, "is required");
            return Optional.empty();
        }
        return text(key);
    }

    /**
     * The {@code lines} list: entries with line_no and qty (qty >= 1), and node_id when {@code withNode}. Entries
     * with a problem are left out; an absent or empty list is a problem.
     */
    List<LineRequest> lines(boolean withNode) {
        JsonNode list = node.get("lines");
        List<LineRequest> lines = new ArrayList<>();
        if (list == null || list.isNull() || !list.isArray() || list.isEmpty()) {
            problems.add("lines", "must be a non-empty list of {line_no, qty" + (withNode ? ", node_id" : "") + "}");
            return lines;
        }
        Set<String> keys = withNode ? Set.of("line_no", "qty", "node_id") : Set.of("line_no", "qty");
        for (int i = 0; i < list.size(); i++) {
            line(list.get(i), i, keys, withNode).ifPresent(lines::add);
        }
        return lines;
    }

    private Optional<LineRequest> line(JsonNode entry, int index, Set<String> keys, boolean withNode) {
        String path = "lines[" + index + "]";
        if (!entry.isObject()) {
            problems.add(path, "must be an object with " + keys);
            return Optional.empty();
        }
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                problems.add(path + "." + name, "unknown key '" + name + "': a line has " + keys);
            }
        }
        Optional<Integer> lineNo = wholeNumber(entry, path, "line_no", 1);
        Optional<Integer> qty = wholeNumber(entry, path, "qty", 1);
        Optional<String> nodeId = Optional.empty();
        if (withNode) {
            JsonNode value = entry.get("node_id");
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                problems.add(path + ".node_id", "is required: the node the units should ship from");
                return Optional.empty();
            }
            nodeId = Optional.of(value.asText());
        }
        if (lineNo.isEmpty() || qty.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LineRequest(index, lineNo.get(), qty.get(), nodeId));
    }

    private Optional<Integer> wholeNumber(JsonNode entry, String path, String key, int min) {
        JsonNode value = entry.get(key);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min) {
            problems.add(path + "." + key, (value == null ? "is missing" : "is " + value)
                    + ": must be a whole number >= " + min);
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }
}
