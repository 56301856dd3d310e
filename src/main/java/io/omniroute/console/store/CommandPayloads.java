package io.omniroute.console.store;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The JSON payloads of the PICKUP_* commands. They hold only whole numbers and enum codes, so they are written
 * directly: no text from the user ever enters a payload (a free-text note travels as the command's reason), and the
 * console keeps its one JSON mapper in the cache.
 */
final class CommandPayloads {

    private CommandPayloads() {
    }

    /** PICKUP_ACCEPT, PICKUP_COLLECTED, PICKUP_NO_SHOW, and PICKUP_READY for every line. */
    static String empty() {
        return "{}";
    }

    /** PICKUP_READY for some lines: each line's ready units. */
    static String readyLines(List<LineQty> lines) {
        return "{" + linesField(lines) + "}";
    }

    /** PICKUP_REJECT: the units the store cannot give and why. */
    static String reject(List<LineQty> lines, RejectReason reason) {
        Objects.requireNonNull(reason, "reason");
        return "{" + linesField(lines) + ",\"reason_code\":\"" + reason.code() + "\"}";
    }

    private static String linesField(List<LineQty> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a lines payload needs at least one line: the backend refuses an"
                    + " empty list");
        }
        return "\"lines\":[" + lines.stream()
                .map(line -> "{\"line_no\":" + line.lineNo() + ",\"qty\":" + line.qty() + "}")
                .collect(Collectors.joining(",")) + "]";
    }

    /** Units of one order line; the backend takes qty 1 or more. */
    record LineQty(int lineNo, int qty) {

        LineQty {
            if (qty < 1) {
                throw new IllegalArgumentException("line " + lineNo + " has qty " + qty + ": a payload line names"
                        + " at least 1 unit; leave the line out instead");
            }
        }
    }
}
