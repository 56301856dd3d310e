package io.omniroute.server.commands;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.PricedShipment;
import io.omniroute.engine.sourcing.ShipmentPricer;
import io.omniroute.server.auth.Session;
import io.omniroute.server.store.AllocationRow;
import io.omniroute.server.store.ExceptionRow;
import io.omniroute.server.store.OrderEvent;
import io.omniroute.server.store.OrderLineRow;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.Reply;
import io.omniroute.server.store.RoundTrip;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REROUTE: gives back the named lines' reservations and reserves the units at the nodes the planner chose, each
 * checked again here for ATP, shipping capacity and a service that keeps the order's promise.
 */
final class Reroute implements CommandHandler {

    private static final Set<String> KEYS = Set.of("lines", "carrier", "service", "accept_late");
    private static final Pattern REROUTE_SHIPMENT = Pattern.compile("-R(\\d+)$");

    private final NetworkModel network;

    Reroute(NetworkModel network) {
        this.network = network;
    }

    @Override
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        // the order, locked, with its open exceptions and its timeline in one round trip; every write below goes in
        // one more
        RoundTrip reads = tx.roundTrip();
        Reply<Optional<OrderRecord>> found = tx.orders().findLocked(reads, command.target());
        Reply<List<ExceptionRow>> open = tx.exceptions().openForOrder(reads, command.target());
        Reply<List<OrderEvent>> timeline = tx.orders().events(reads, command.target());
        reads.send();
        OrderRecord order = Targets.visibleOrder(found.get(), command.target(), caller);
        Targets.requireVersion("order " + order.orderId(), order.version(), command.expectedVersion(),
                Views.order(order));
        Targets.requireOpen(order);
        Problems problems = new Problems();
        Payload payload = new Payload(command.payload(), KEYS, problems);
        List<LineRequest> lines = payload.lines(true);
        Optional<String> carrier = payload.text("carrier");
        Optional<String> service = payload.text("service");
        boolean acceptLate = payload.flag("accept_late");
        if (acceptLate && carrier.isPresent()) {
            problems.add("accept_late", "takes the fastest service: leave out carrier and service");
        }
        if (carrier.isPresent() != service.isPresent()) {
            problems.add(carrier.isPresent() ? "service" : "carrier",
                    "is missing: give carrier and service together, or neither for the cheapest feasible service");
        }
        if (order.fulfillment() == Fulfillment.PICKUP) {
            problems.add("target", "order " + order.orderId() + " is collected at "
                    + order.pickupNodeId().orElse("?") + ": a pickup store is not changed by a reroute");
        }
        checkTargets(order, lines, problems);
        problems.throwIfAny("the reroute is not valid");

        FeedRows feed = new FeedRows();
        feed.timeline(order.orderId(), timeline);
        OrderChange change = new OrderChange(tx, order, feed, caller.userName(), now).withOpenExceptions(open.get());
        StockMoves moves = new StockMoves();
        List<String> before = new ArrayList<>();
        for (int lineNo : new TreeSet<>(lines.stream().map(LineRequest::lineNo).toList())) {
            List<AllocationRow> released = change.removeLine(lineNo);
            for (AllocationRow allocation : released) {
                moves.release(allocation.nodeId(), allocation.sku(), allocation.qty());
                before.add(route(allocation));
            }
            if (released.isEmpty()) {
                before.add("line " + lineNo + ": unallocated");
            }
        }
        String routes = "before: " + String.join("; ", before) + " | after: "
                + allocate(change, lines, carrier, service, acceptLate, moves, problems);
        change.moveSlots(moves, network);
        coverBackorders(change, lines);
        Map<Integer, Integer> unallocated = change.unallocated();

        RoundTrip writes = tx.roundTrip();
        StockMoves.Sent stock = moves.send(tx, writes, change.shipDay(), now);
        change.resolveOpenExceptions(writes, lineNo -> !unallocated.containsKey(lineNo));
        change.save(writes, change.status(), "REROUTED", command.reason(), routes);
        writes.send();
        stock.settle(problems, feed); // units or slots it could not have make it a 422, rolling the rest back
        problems.throwIfAny("the reroute cannot be applied");
        OrderRecord after = change.saved();
        return new Applied(after.version(), feed.append(tx));
    }

    private void checkTargets(OrderRecord order, List<LineRequest> lines, Problems problems) {
        Map<Integer, Integer> units = new TreeMap<>();
        for (OrderLineRow line : order.lines()) {
            units.put(line.lineNo(), line.qty() - line.cancelledQty());
        }
        LineRequest.checkQuantities(lines, units, "units not cancelled", problems);
        for (LineRequest line : lines) {
            String nodeId = line.nodeId().orElseThrow();
            int index = network.nodeIndex(nodeId);
            if (index < 0) {
                problems.add(line.field("node_id"), "unknown node '" + nodeId + "'");
            } else if (!network.node(index).ship()) {
                problems.add(line.field("node_id"), "node " + nodeId + " does not ship");
            }
        }
    }

    /** One new shipment per chosen node, priced, its units queued for reservation; returns the event details. */
    private String allocate(OrderChange change, List<LineRequest> lines, Optional<String> carrier,
            Optional<String> service, boolean acceptLate, StockMoves moves, Problems problems) {
        OrderRecord order = change.before();
        Map<String, List<LineRequest>> byNode = new LinkedHashMap<>();
        for (LineRequest line : lines) {
            byNode.computeIfAbsent(line.nodeId().orElseThrow(), node -> new ArrayList<>()).add(line);
        }
        ShipmentPricer pricer = ShipmentPricer.of(network);
        Order engineOrder = engineOrder(order);
        int shipment = nextShipmentNumber(order);
        List<String> routes = new ArrayList<>();
        for (Map.Entry<String, List<LineRequest>> group : byNode.entrySet()) {
            String nodeId = group.getKey();
            int units = 0;
            double weightKg = 0;
            for (LineRequest line : group.getValue()) {
                units += line.qty();
                weightKg += line.qty() * network.sku(network.skuIndex(sku(order, line.lineNo()))).weightKg();
            }
            Optional<PricedShipment> priced = pricer.price(engineOrder, nodeId, units, weightKg, carrier, service);
            boolean late = priced.isEmpty() && acceptLate;
            if (late) {
                priced = pricer.fastest(engineOrder, nodeId, units, weightKg);
            }
            if (priced.isEmpty()) {
                problems.add(group.getValue().get(0).field("node_id"), carrier.isPresent()
                        ? carrier.get() + " " + service.orElse("") + " from " + nodeId + " does not meet "
                                + order.serviceLevel()
                        : acceptLate ? "no service from " + nodeId + " reaches the customer, even late"
                        : "no service from " + nodeId + " meets " + order.serviceLevel()
                                + " (send accept_late: true to take the fastest one)");
                continue;
            }
            PricedShipment price = priced.get();
            String shipmentId = order.orderId() + "-R" + shipment++;
            for (LineRequest line : group.getValue()) {
                String sku = sku(order, line.lineNo());
                moves.reserve(nodeId, sku, line.qty(), line.field("qty"));
                change.add(new AllocationRow(order.orderId(), line.lineNo(), shipmentId, nodeId, sku, line.qty(),
                        price.service().carrier(), price.service().service(), price.service().zone(),
                        price.distanceKm(), price.promisedDays()));
                routes.add(route(line.lineNo(), line.qty(), nodeId,
                        price.service().carrier(), price.service().service())
                        + (late ? " (late: " + price.promisedDays() + " days for " + order.serviceLevel() + ")" : ""));
            }
        }
        return String.join("; ", routes);
    }

    private static String route(AllocationRow allocation) {
        return route(allocation.lineNo(), allocation.qty(), allocation.nodeId(),
                allocation.carrier(), allocation.service());
    }

    /** One line's units from one node, as the REROUTED event's details list them. */
    private static String route(int lineNo, int qty, String nodeId, String carrier,
            String service) {
        return "line " + lineNo + ": " + qty + " from " + nodeId + (carrier.isEmpty() ? "" : " by " + carrier + " "
                + service);
    }

    /**
     * Units now allocated on a backordered line no longer wait for stock: the line keeps backordered only what its
     * allocations leave uncovered.
     */
    private static void coverBackorders(OrderChange change, List<LineRequest> lines) {
        for (int lineNo : new TreeSet<>(lines.stream().map(LineRequest::lineNo).toList())) {
            OrderLineRow line = change.line(lineNo).orElseThrow();
            int uncovered = line.qty() - line.cancelledQty() - change.allocated(lineNo);
            int backordered = Math.max(0, Math.min(line.backorderedQty(), uncovered));
            if (backordered != line.backorderedQty()) {
                change.setOutcome(lineNo, line.cancelledQty(), backordered);
            }
        }
    }

    private static String sku(OrderRecord order, int lineNo) {
        return order.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow().sku();
    }

    /** Rerouted shipments are numbered on from the highest {@code -R<n>} the order has had. */
    private static int nextShipmentNumber(OrderRecord order) {
        int highest = 0;
        for (AllocationRow allocation : order.allocations()) {
            Matcher matcher = REROUTE_SHIPMENT.matcher(allocation.shipmentId());
            if (matcher.find()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        return highest + 1;
    }

    private static Order engineOrder(OrderRecord order) {
        List<OrderLine> lines = order.lines().stream()
                .map(line -> new OrderLine(line.lineNo(), line.sku(), line.qty())).toList();
        return new Order(order.orderId(), order.createdAt(), order.channel(), order.fulfillment(),
                order.serviceLevel(), order.lat(), order.lon(), order.zip(), order.pickupNodeId(),
                order.customerName(), lines);
    }
}
