package io.omniroute.console.exceptions;

import io.omniroute.console.planning.PlanLine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON payloads of the order and exception commands (docs/sync-api.md). They hold line numbers, quantities and
 * ids from the backend's own data; text the planner types travels as the command's reason, never in a payload.
 */
final class CommandJson {

    private CommandJson() {
    }

    static String empty() {
        return "{}";
    }

    /** REROUTE: each line's units from the chosen nodes; {@code acceptLate} takes the fastest service. */
    static String reroute(List<PlanLine> lines, boolean acceptLate) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reroute moves at least one line");
        }
        return "{\"lines\":[" + lines.stream()
                .map(line -> "{\"line_no\":" + line.lineNo() + ",\"qty\":" + line.qty() + ",\"node_id\":"
                        + quote(line.nodeId()) + "}")
                .collect(Collectors.joining(",")) + "]" + (acceptLate ? ",\"accept_late\":true" : "") + "}";
    }

    /** CANCEL_LINES and BACKORDER: units per line number. */
    static String lines(Map<Integer, Integer> unitsByLine) {
        if (unitsByLine.isEmpty()) {
            throw new IllegalArgumentException("the command names at least one line");
        }
        return "{\"lines\":[" + unitsByLine.entrySet().stream()
                .map(line -> "{\"line_no\":" + line.getKey() + ",\"qty\":" + line.getValue() + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    static String resolve(String exceptionId) {
        return "{\"exception_id\":" + quote(exceptionId) + "}";
    }

    /** A JSON string: ids are the backend's, but nothing that reaches a payload goes unescaped. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
