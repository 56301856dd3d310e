package io.omniroute.server.commands;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.sourcing.NetworkModel;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The order side of one command: its allocations and line outcomes (cancelled, backordered units) as the command
 * leaves them, the exceptions it resolves or raises, and finally the new status, version and event, written only if
 * nobody changed the order in between. A line's units are allocated, cancelled, backordered, or missing (open, in an
 * exception).
 */
final class OrderChange {

    private final Tx tx;
    private final OrderRecord before;
    private final FeedRows feed;
    private final String actor;
    private final Instant now;
    private final List<AllocationRow> allocations;
    private final Set<Integer> rewrittenLines = new TreeSet<>();
    private final Map<Integer, OrderLineRow> lines = new TreeMap<>();
    private final Set<Integer> changedOutcomes = new TreeSet<>();
    /** Empty until read; see {@link #openExceptions()}. */
    private Optional<List<ExceptionRow>> openExceptions = Optional.empty();
    private final List<Reply<Optional<ExceptionRow>>> resolved = new ArrayList<>();
    private Reply<Boolean> statusUpdated;
    private final Map<Integer, Reply<Integer>> outcomesUpdated = new TreeMap<>();
    private String savedStatus;
    private OrderEvent event;

    OrderChange(Tx tx, OrderRecord before, FeedRows feed, String actor, Instant now) {
        this.tx = tx;
        this.before = before;
        this.feed = feed;
        this.actor = actor;
        this.now = now;
        this.allocations = new ArrayList<>(before.allocations());
        for (OrderLineRow line : before.lines()) {
            lines.put(line.lineNo(), line);
        }
    }

    /** Takes the order's open exceptions as read with the order, saving a read of them. */
    OrderChange withOpenExceptions(List<ExceptionRow> open) {
        openExceptions = Optional.of(List.copyOf(open));
        return this;
    }

    OrderRecord before() {
        return before;
    }

    /** The line with its cancelled and backordered units as this command has left them so far. */
    Optional<OrderLineRow> line(int lineNo) {
        return Optional.ofNullable(lines.get(lineNo));
    }

    /** Sets how many units of the line are cancelled and backordered (stored by {@link #save}). */
    void setOutcome(int lineNo, int cancelledQty, int backorderedQty) {
        OrderLineRow line = lines.get(lineNo);
        lines.put(lineNo, new OrderLineRow(lineNo, line.sku(), line.qty(), cancelledQty, backorderedQty));
        changedOutcomes.add(lineNo);
    }

    /** Units of the line the order still means to deliver that have no allocation: those its exceptions stand for. */
    int missing(int lineNo) {
        return Math.max(0, lines.get(lineNo).openQty() - allocated(lineNo));
    }

    /** The UTC day the order's shipments count against: a later release gives back the slot it took. */
    LocalDate shipDay() {
        return LocalDate.ofInstant(before.createdAt(), ZoneOffset.UTC);
    }

    List<AllocationRow> allocations() {
        return List.copyOf(allocations);
    }

    int allocated(int lineNo) {
        return allocations.stream().filter(a -> a.lineNo() == lineNo).mapToInt(AllocationRow::qty).sum();
    }

    /** Drops every allocation of the line and returns what it held. */
    List<AllocationRow> removeLine(int lineNo) {
        List<AllocationRow> removed = allocations.stream().filter(a -> a.lineNo() == lineNo).toList();
        allocations.removeAll(removed);
        rewrittenLines.add(lineNo);
        return removed;
    }

    /** Takes up to qty units off the line's allocations, last shipment first; returns the units taken. */
    List<AllocationRow> removeUnits(int lineNo, int qty) {
        List<AllocationRow> taken = new ArrayList<>();
        int left = qty;
        for (int i = allocations.size() - 1; i >= 0 && left > 0; i--) {
            AllocationRow allocation = allocations.get(i);
            if (allocation.lineNo() != lineNo) {
                continue;
            }
            int units = Math.min(left, allocation.qty());
            taken.add(withQty(allocation, units));
            if (units == allocation.qty()) {
                allocations.remove(i);
            } else {
                allocations.set(i, withQty(allocation, allocation.qty() - units));
            }
            left -= units;
        }
        rewrittenLines.add(lineNo);
        return taken;
    }

    /** Adds an allocation; units for a shipment the line already has join its allocation there. */
    void add(AllocationRow allocation) {
        rewrittenLines.add(allocation.lineNo());
        for (int i = 0; i < allocations.size(); i++) {
            AllocationRow held = allocations.get(i);
            if (held.lineNo() == allocation.lineNo() && held.shipmentId().equals(allocation.shipmentId())) {
                allocations.set(i, withQty(held, held.qty() + allocation.qty()));
                return;
            }
        }
        allocations.add(allocation);
    }

    /**
     * Gives back the slot of each node the order no longer ships from and takes one at each node it now ships from
     * anew: an order holds one shipment slot per shipping node.
     */
    void moveSlots(StockMoves moves, NetworkModel network) {
        Set<String> was = shipNodes(before.allocations());
        Set<String> now = shipNodes(allocations);
        for (String nodeId : was) {
            if (!now.contains(nodeId)) {
                moves.releaseSlot(nodeId);
            }
        }
        for (String nodeId : now) {
            if (!was.contains(nodeId)) {
                Node node = network.node(network.nodeIndex(nodeId));
                moves.takeSlot(nodeId, node.dailyCapacity().orElse(Integer.MAX_VALUE));
            }
        }
    }

    /**
     * The missing units of each line (neither allocated, cancelled nor backordered), by line number; lines with none
     * are left out.
     */
    Map<Integer, Integer> unallocated() {
        Map<Integer, Integer> missing = new TreeMap<>();
        for (int lineNo : lines.keySet()) {
            if (missing(lineNo) > 0) {
                missing.put(lineNo, missing(lineNo));
            }
        }
        return missing;
    }

    /**
     * The order's status as its units now stand: CANCELLED when nothing is left to deliver, BACKORDERED while units
     * wait for stock, SOURCED when every open unit is allocated, else PARTIAL or (nothing allocated) EXCEPTION.
     */
    String status() {
        int backordered = lines.values().stream().mapToInt(OrderLineRow::backorderedQty).sum();
        int missing = unallocated().values().stream().mapToInt(Integer::intValue).sum();
        if (allocations.isEmpty() && missing == 0 && backordered == 0) {
            return "CANCELLED";
        }
        if (backordered > 0) {
            return "BACKORDERED";
        }
        if (missing == 0) {
            return "SOURCED";
        }
        return allocations.isEmpty() ? "EXCEPTION" : "PARTIAL";
    }

    /** Resolves the order's open exceptions on the lines that match, on behalf of the caller. */
    void resolveOpenExceptions(IntPredicate lines) throws SQLException {
        RoundTrip trip = tx.roundTrip();
        resolveOpenExceptions(trip, lines);
        trip.send();
        settleResolved();
    }

    /**
     * {@link #resolveOpenExceptions(IntPredicate)}, sent with the trip's other statements; {@link #saved} reads what
     * they did.
     */
    void resolveOpenExceptions(RoundTrip trip, IntPredicate lines) throws SQLException {
        for (ExceptionRow open : openExceptions()) {
            if (lines.test(open.lineNo())) {
                resolved.add(tx.exceptions().resolve(trip, open.exceptionId(), actor, now, open.version()));
            }
        }
        openExceptions = Optional.empty(); // read again if asked: some are resolved now
    }

    /** The order's open exceptions as read with the order, or read now. */
    private List<ExceptionRow> openExceptions() throws SQLException {
        if (openExceptions.isEmpty()) {
            openExceptions = Optional.of(tx.exceptions().openForOrder(before.orderId()));
        }
        return openExceptions.get();
    }

    private void settleResolved() {
        for (Reply<Optional<ExceptionRow>> exception : resolved) {
            exception.get().ifPresent(feed::exception);
        }
        resolved.clear();
    }

    /** Raises an OPEN exception on a line, with the next free id of the order's ({@code ORDER-E<n>}). */
    ExceptionRow raiseException(int lineNo, String sku, int qty, String type, String reason,
            Optional<String> nodeId) throws SQLException {
        int n = 1;
        while (tx.exceptions().find(before.orderId() + "-E" + n).isPresent()) {
            n++;
        }
        ExceptionRow row = new ExceptionRow(before.orderId() + "-E" + n, before.orderId(), lineNo, sku, qty, type,
                reason, ExceptionRow.OPEN, nodeId, now, Optional.empty(), Optional.empty(), 1);
        tx.exceptions().insert(row);
        openExceptions = Optional.empty(); // read again if asked: one more is open now
        feed.exception(row);
        return row;
    }

    /**
     * Writes the changed allocations, sets the status and bumps the version (guarded: the order must still be at
     * the version it was read at), and records the event.
     */
    OrderRecord save(String status, String eventType, String reason, String details) throws SQLException {
        RoundTrip trip = tx.roundTrip();
        save(trip, status, eventType, reason, details);
        trip.send();
        return saved();
    }

    /**
     * {@link #save(String, String, String, String)}, sent with the trip's other statements; once it is sent,
     * {@link #saved} checks what they did.
     */
    void save(RoundTrip trip, String status, String eventType, String reason, String details) {
        // every write goes out with the version guard, at no extra round trip; saved() fails the command if the
        // guard did
        statusUpdated = tx.orders().updateStatus(trip, before.orderId(), status, before.version());
        for (int lineNo : rewrittenLines) {
            tx.orders().deleteAllocations(trip, before.orderId(), lineNo);
            tx.orders().insertAllocations(trip, allocations.stream().filter(a -> a.lineNo() == lineNo).toList());
        }
        outcomesUpdated.clear();
        for (int lineNo : changedOutcomes) {
            outcomesUpdated.put(lineNo, tx.orders().updateLineOutcome(trip, before.orderId(), lines.get(lineNo)));
        }
        savedStatus = status;
        event = new OrderEvent(now, eventType, actor, reason, details);
    }

    /**
     * The order as {@link #save(RoundTrip, String, String, String, String)} stored it, once its trip was sent, with
     * its event recorded and it and the exceptions resolved alongside in the feed.
     */
    OrderRecord saved() throws SQLException {
        if (!statusUpdated.get()) {
            // Every command reads its order under the order's lock (Targets), so nothing can change it meanwhile:
            // a failed guard is a fault, failed before it can commit a lost update. It is no 409: the writes sent
            // with the guard would show in the order the 409 carries.
            throw new IllegalStateException("order " + before.orderId() + " left version " + before.version()
                    + " while this command held its lock");
        }
        for (Map.Entry<Integer, Reply<Integer>> outcome : outcomesUpdated.entrySet()) {
            if (outcome.getValue().get() != 1) {
                throw new IllegalArgumentException("order " + before.orderId() + " has no line " + outcome.getKey());
            }
        }
        settleResolved();
        tx.orders().appendEvent(before.orderId(), event);
        // what the statements above stored, as a read would return it, without the read's three round trips
        List<AllocationRow> stored = new ArrayList<>(allocations);
        stored.sort(Comparator.comparingInt(AllocationRow::lineNo).thenComparing(AllocationRow::shipmentId));
        OrderRecord after = new OrderRecord(before.orderId(), before.createdAt(), before.channel(),
                before.fulfillment(), before.serviceLevel(), before.lat(), before.lon(), before.zip(),
                before.pickupNodeId(), before.customerName(), savedStatus, before.profile(), before.value(),
                before.version() + 1, List.copyOf(lines.values()), stored);
        feed.order(after);
        return after;
    }

    private static Set<String> shipNodes(List<AllocationRow> allocations) {
        Set<String> nodes = new TreeSet<>();
        for (AllocationRow allocation : allocations) {
            if (!allocation.carrier().isEmpty()) {
                nodes.add(allocation.nodeId());
            }
        }
        return nodes;
    }

    private static AllocationRow withQty(AllocationRow a, int qty) {
        return new AllocationRow(a.orderId(), a.lineNo(), a.shipmentId(), a.nodeId(), a.sku(), qty, a.carrier(),
                a.service(), a.zone(), a.distanceKm(), a.promisedDays());
    }
}
