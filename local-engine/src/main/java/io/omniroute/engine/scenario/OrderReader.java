package io.omniroute.engine.scenario;

import static io.omniroute.engine.scenario.ScenarioFiles.ORDERS;
import static io.omniroute.engine.scenario.ScenarioFiles.ORDER_COLUMNS;
import static io.omniroute.engine.scenario.ScenarioFiles.ORDER_LINES;
import static io.omniroute.engine.scenario.ScenarioFiles.ORDER_LINE_COLUMNS;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads order_lines.csv and orders.csv into orders whose lines are in line_no order.
 *
 * <p>The lines are read first, grouped by order id, so that each orders.csv row becomes its final {@link Order} at
 * once. With a million orders, holding every order row until its lines are known would double the memory the
 * orders take while loading. Order ids are therefore numbered as they first appear in order_lines.csv; ids that
 * never appear in orders.csv are reported once both files are read.
 */
final class OrderReader {

    private static final Fulfillment[] FULFILLMENTS = Fulfillment.values();

    private final Path dir;
    private final NetworkReader network;
    private final Problems problems;
    private final Keys orderIds = new Keys(ORDER_LINES, "order_id");
    /** Repeated texts share one instance each: a million orders hold far fewer distinct values than rows. */
    private final Symbols channels = new Symbols();
    private final Symbols zips = new Symbols();
    private final Symbols customerNames = new Symbols();
    /** One Optional per pickup node, shared by all orders picked up there. */
    private final Map<String, Optional<String>> pickupNodeIds = new HashMap<>();

    private OrderReader(Path dir, NetworkReader network, Problems problems) {
        this.dir = dir;
        this.network = network;
        this.problems = problems;
    }

    static List<Order> read(Path dir, NetworkReader network, Problems problems) throws IOException {
        return new OrderReader(dir, network, problems).read();
    }

    private List<Order> read() throws IOException {
        Optional<OrderLines> lines = readLines();
        lines.ifPresent(known -> known.group(orderIds.size()));
        Optional<CsvTable> opened = CsvTable.open(dir, ORDERS, ORDER_COLUMNS, problems);
        if (opened.isEmpty()) {
            return List.of();
        }
        List<Order> orders = new ArrayList<>(orderIds.size());
        try (CsvTable table = opened.get()) {
            int[] definedOn = readOrders(table, lines, orders);
            if (lines.isPresent() && table.readToEnd()) {
                lines.get().reportUnknownOrders(definedOn, orderIds, problems);
            }
        }
        return orders;
    }

    /** Reads order_lines.csv, numbering order ids as they first appear; empty when it cannot be read to its end. */
    private Optional<OrderLines> readLines() throws IOException {
        Optional<CsvTable> opened = CsvTable.open(dir, ORDER_LINES, ORDER_LINE_COLUMNS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        OrderLines lines = new OrderLines();
        try (CsvTable table = opened.get()) {
            int[] c = NetworkReader.columns(table, ORDER_LINE_COLUMNS);
            int previous = -1;
            while (table.next()) {
                // an order's lines usually follow each other, so the previous row's order is the likely one
                int order = table.intern(c[0], orderIds, previous);
                previous = order;
                int lineNo = table.intAtLeast(c[1], 1);
                int sku = table.reference(c[2], network.skuIds());
                int qty = table.intBetween(c[3], 1, OrderLine.MAX_QTY);
                if (table.rowOk() && order >= 0 && sku >= 0) {
                    lines.add(order, lineNo, sku, qty, table.line());
                }
            }
            // lines cut short cannot tell which orders have none
            return table.readToEnd() ? Optional.of(lines) : Optional.empty();
        }
    }

    /**
     * Reads every order row, adding the valid ones with their lines to {@code orders} while no problem is known.
     *
     * @return for each order id of order_lines.csv, the orders.csv line defining it, or 0
     */
    private int[] readOrders(CsvTable table, Optional<OrderLines> lines, List<Order> orders) throws IOException {
        int[] c = NetworkReader.columns(table, ORDER_COLUMNS);
        int customerName = table.column(ScenarioFiles.CUSTOMER_NAME);
        int[] definedOn = new int[orderIds.size()];
        Keys idsWithoutLines = new Keys(ORDERS, "order_id");
        int previous = -1;
        while (table.next()) {
            int order = orderIndex(table, c[0], previous + 1, lines.isPresent(), definedOn, idsWithoutLines);
            previous = order;
            List<OrderLine> orderLines = order >= 0 && lines.isPresent()
                    ? lines.get().linesOf(order, orderIds, network.skuIds(), problems)
                    : List.of();
            Order parsed = order(table, c, customerName, order >= 0 ? orderIds.id(order) : "", orderLines);
            if (order >= 0 && table.rowOk() && problems.isEmpty()) {
                orders.add(parsed);
            }
        }
        return definedOn;
    }

    /**
     * The number of the row's order id among those of order_lines.csv, or -1 when it is blank, defined twice or
     * without lines (each reported).
     */
    private int orderIndex(CsvTable table, int column, int likely, boolean linesKnown, int[] definedOn,
            Keys idsWithoutLines) {
        if (table.isBlankKey(column)) {
            return -1;
        }
        int order = table.find(column, orderIds, likely);
        if (order >= 0 && definedOn[order] > 0) {
            table.reject(column, "duplicate order_id \"" + orderIds.id(order) + "\": already on line "
                    + definedOn[order]);
            return -1;
        }
        if (order >= 0) {
            definedOn[order] = table.line();
            return order;
        }
        if (table.define(column, idsWithoutLines) >= 0 && linesKnown) {
            table.reject(column, "order \"" + table.text(column) + "\" has no lines: every order needs at least"
                    + " one row in order_lines.csv");
        }
        return -1;
    }

    /** Reads the rest of an order row; the result is only meaningful when the row is still ok. */
    private Order order(CsvTable table, int[] c, int customerNameColumn, String orderId, List<OrderLine> lines) {
        Instant createdAt = table.instant(c[1]);
        String channel = table.shared(c[2], channels);
        Optional<Fulfillment> fulfillment = table.choice(c[3], FULFILLMENTS);
        int serviceLevel = table.reference(c[4], network.serviceLevelIds());
        double lat = table.between(c[5], -90, 90);
        double lon = table.between(c[6], -180, 180);
        String zip = table.shared(c[7], zips);
        Optional<String> pickupNodeId = pickupNodeId(table, c[8], fulfillment);
        String customerName = customerNameColumn < 0 ? "" : table.shared(customerNameColumn, customerNames);
        return new Order(orderId, createdAt, channel, fulfillment.orElse(Fulfillment.SHIP),
                serviceLevel < 0 ? "" : network.serviceLevelIds().id(serviceLevel), lat, lon, zip, pickupNodeId,
                customerName.isBlank() ? "" : customerName, lines);
    }

    /** A PICKUP order names a node that offers pickup; a SHIP order names none. */
    private Optional<String> pickupNodeId(CsvTable table, int column, Optional<Fulfillment> fulfillment) {
        if (fulfillment.isEmpty()) {
            return Optional.empty();
        }
        boolean blank = table.isBlank(column);
        if (fulfillment.get() == Fulfillment.SHIP) {
            if (!blank) {
                table.reject(column, "\"" + table.text(column) + "\" given for a SHIP order: leave pickup_node_id"
                        + " blank unless fulfillment is PICKUP");
            }
            return Optional.empty();
        }
        if (blank) {
            table.reject(column, "blank: a PICKUP order needs the node_id of a node with pickup=true");
            return Optional.empty();
        }
        int index = table.reference(column, network.nodeIds());
        if (index < 0) {
            return Optional.empty();
        }
        Optional<Node> node = network.node(index);
        if (node.isPresent() && !node.get().pickup()) {
            table.reject(column, "node \"" + node.get().id() + "\" has pickup=false (nodes.csv line "
                    + network.nodeIds().line(index) + "): a PICKUP order needs a node with pickup=true");
        }
        return pickupNodeIds.computeIfAbsent(network.nodeIds().id(index), Optional::of);
    }
}
