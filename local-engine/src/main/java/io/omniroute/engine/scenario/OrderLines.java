package io.omniroute.engine.scenario;

import io.omniroute.engine.model.OrderLine;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of order_lines.csv held in primitive columns until every order is known, then grouped by order and sorted
 * by line_no. Millions of lines make per-order lists during reading too costly.
 */
final class OrderLines {

    private int size;
    private int[] orders = new int[1024];
    private int[] lineNos = new int[1024];
    private int[] skus = new int[1024];
    private int[] quantities = new int[1024];
    private int[] fileLines = new int[1024];
    /** After {@link #group}: the rows of order o are grouped[starts[o]] to grouped[starts[o + 1] - 1]. */
    private int[] starts;
    private int[] grouped;

    /** Adds a line of the order numbered {@code order}, whose SKU is numbered {@code sku}. */
    void add(int order, int lineNo, int sku, int qty, int fileLine) {
        if (size == orders.length) {
            int capacity = size * 2;
            orders = Arrays.copyOf(orders, capacity);
            lineNos = Arrays.copyOf(lineNos, capacity);
            skus = Arrays.copyOf(skus, capacity);
            quantities = Arrays.copyOf(quantities, capacity);
            fileLines = Arrays.copyOf(fileLines, capacity);
        }
        orders[size] = order;
        lineNos[size] = lineNo;
        skus[size] = sku;
        quantities[size] = qty;
        fileLines[size] = fileLine;
        size++;
    }

    /** Groups the rows by order; call once, after the last {@link #add}. */
    void group(int orderCount) {
        starts = new int[orderCount + 1];
        for (int i = 0; i < size; i++) {
            starts[orders[i] + 1]++;
        }
        for (int order = 0; order < orderCount; order++) {
            starts[order + 1] += starts[order];
        }
        int[] next = Arrays.copyOf(starts, orderCount);
        grouped = new int[size];
        for (int i = 0; i < size; i++) {
            grouped[next[orders[i]]++] = i;
        }
    }

    /**
     * The lines of the order numbered {@code order} in line_no order (empty when it has none), reporting a line_no
     * that appears twice. They are built only when the order itself is, so they are fresh in the CPU cache then and
     * a million lists are never held at once.
     */
    List<OrderLine> linesOf(int order, Keys orderIds, Keys skuIds, Problems problems) {
        int from = starts[order];
        int to = starts[order + 1];
        sortByLineNo(grouped, from, to);
        reportDuplicates(grouped, from, to, orderIds.id(order), problems);
        OrderLine[] lines = new OrderLine[to - from];
        for (int i = from; i < to; i++) {
            int row = grouped[i];
            lines[i - from] = new OrderLine(lineNos[row], skuIds.id(skus[row]), quantities[row]);
        }
        return List.of(lines);
    }

    /** Sorts rows by line_no, then by position in the file; usually they already are in order. */
    private void sortByLineNo(int[] rows, int from, int to) {
        boolean sorted = true;
        for (int i = from + 1; i < to && sorted; i++) {
            sorted = lineNos[rows[i - 1]] < lineNos[rows[i]];
        }
        if (sorted) {
            return;
        }
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            keys[i - from] = ((long) lineNos[rows[i]] << 32) | rows[i];
        }
        Arrays.sort(keys);
        for (int i = from; i < to; i++) {
            rows[i] = (int) keys[i - from];
        }
    }

    private void reportDuplicates(int[] rows, int from, int to, String orderId, Problems problems) {
        for (int i = from + 1; i < to; i++) {
            int earlier = rows[i - 1];
            int later = rows[i];
            if (lineNos[earlier] == lineNos[later]) {
                problems.add(ScenarioFiles.ORDER_LINES, fileLines[later], "line_no", "duplicate line_no "
                        + lineNos[later] + " in order \"" + orderId + "\": already on line " + fileLines[earlier]);
            }
        }
    }

    /** Reports every line whose order id has no row in orders.csv ({@code definedOn} 0). */
    void reportUnknownOrders(int[] definedOn, Keys orderIds, Problems problems) {
        for (int i = 0; i < size && !problems.isFull(); i++) {
            if (definedOn[orders[i]] == 0) {
                problems.add(ScenarioFiles.ORDER_LINES, fileLines[i], "order_id", "unknown order_id \""
                        + orderIds.id(orders[i]) + "\": no such order_id in orders.csv");
            }
        }
    }
}
