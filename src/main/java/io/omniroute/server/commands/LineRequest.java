package io.omniroute.server.commands;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a payload's {@code lines}: units of an order line, and for a reroute the node they should ship from.
 *
 * @param index the entry's position in the payload, for problem paths like {@code lines[2].qty}
 */
record LineRequest(int index, int lineNo, int qty, Optional<String> nodeId) {

    String field(String name) {
        return "lines[" + index + "]." + name;
    }

    /**
     * Checks that every entry names a line in {@code available} and that the entries of one line together stay
     * within its available units.
     *
     * @param available the units a command may act on, by line number
     * @param what what those units are, for the message ("units", "units still held")
     */
    static void checkQuantities(List<LineRequest> requests, Map<Integer, Integer> available, String what,
            Problems problems) {
        Map<Integer, Integer> named = new HashMap<>();
        for (LineRequest request : requests) {
            Integer units = available.get(request.lineNo());
            if (units == null) {
                problems.add(request.field("line_no"), "there is no line " + request.lineNo() + " to act on");
                continue;
            }
            int total = named.merge(request.lineNo(), request.qty(), Integer::sum);
            if (total > units) {
                problems.add(request.field("qty"), "line " + request.lineNo() + " has " + units + " " + what + ", "
                        + total + " named");
            }
        }
    }
}
