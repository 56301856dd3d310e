package io.omniroute.server.commands;

import io.omniroute.server.store.InventoryRow;
import io.omniroute.server.store.Reply;
import io.omniroute.server.store.RoundTrip;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stock and shipping-slot moves of one command, applied in one fixed order: positions by node then SKU, then
 * capacity days by node, each node's release before its take. Every transaction that moves stock locks rows in that
 * order, so two of them never wait on each other in a cycle. One exception: a node's first slot of a day has no
 * row yet, and it is inserted once the moves' round trip is back, after the others. Two server instances on one
 * PostgreSQL database can then deadlock; PostgreSQL fails one of them, and the writer runs it again after its batch.
 * Within a position units are given back before new ones are taken, so a move within one position never fails for
 * want of its own units.
 */
final class StockMoves {

    private record Position(String nodeId, String sku) {
        static final Comparator<Position> ORDER = Comparator.comparing(Position::nodeId)
                .thenComparing(Position::sku);
    }

    /** Units to give back, write off, ship (commit) and take at one position; field names the payload entry. */
    private static final class Units {
        int release;
        int writeOff;
        int commit;
        int reserve;
        String field = "lines";
    }

    private final Map<Position, Units> positions = new TreeMap<>(Position.ORDER);
    private final Map<String, Boolean> slotReleases = new TreeMap<>();
    private final Map<String, Integer> slotTakes = new TreeMap<>();

    void release(String nodeId, String sku, int qty) {
        units(nodeId, sku).release += qty;
    }

    /** Reserved units the node cannot give after all: they leave reserved and on-hand stock together. */
    void writeOff(String nodeId, String sku, int qty) {
        units(nodeId, sku).writeOff += qty;
    }

    /** Units collected by the customer: they leave reserved and on-hand stock together. */
    void commit(String nodeId, String sku, int qty) {
        units(nodeId, sku).commit += qty;
    }

    /** Units to reserve; {@code field} is the payload entry a shortage is reported against. */
    void reserve(String nodeId, String sku, int qty, String field) {
        Units units = units(nodeId, sku);
        if (units.reserve == 0) {
            units.field = field;
        }
        units.reserve += qty;
    }

    /** Gives back the order's shipment slot at a node. */
    void releaseSlot(String nodeId) {
        slotReleases.put(nodeId, true);
    }

    void takeSlot(String nodeId, int dailyCapacity) {
        slotTakes.put(nodeId, dailyCapacity);
    }

    /**
     * Applies every move, reporting each reservation or slot that cannot be had as a problem (those moves change
     * nothing; the caller throws the problems, rolling the rest back), and adds each touched position to the feed.
     *
     * @param day the day the order's shipments count against
     */
    void apply(Tx tx, LocalDate day, Instant now, Problems problems, FeedRows feed) throws SQLException {
        RoundTrip trip = tx.roundTrip();
        Sent sent = send(tx, trip, day, now);
        trip.send();
        sent.settle(problems, feed);
    }

    /**
     * Adds every move to the trip, for the caller to send with statements of its own; once it is sent,
     * {@link Sent#settle} does the rest of {@link #apply}.
     */
    Sent send(Tx tx, RoundTrip trip, LocalDate day, Instant now) {
        List<PositionReplies> moved = new ArrayList<>();
        for (Map.Entry<Position, Units> entry : positions.entrySet()) {
            Position at = entry.getKey();
            Units units = entry.getValue();
            moved.add(new PositionReplies(at, units,
                    units.release > 0 ? tx.inventory().release(trip, at.nodeId(), at.sku(), units.release, now) : null,
                    units.writeOff > 0
                            ? tx.inventory().writeOff(trip, at.nodeId(), at.sku(), units.writeOff, now) : null,
                    units.commit > 0 ? tx.inventory().commit(trip, at.nodeId(), at.sku(), units.commit, now) : null,
                    units.reserve > 0
                            ? tx.inventory().reserve(trip, at.nodeId(), at.sku(), units.reserve, now) : null));
        }
        // Releases and takes in one pass by node: a reroute A -> B and another B -> A lock A and B in the same order.
        Set<String> slotNodes = new TreeSet<>(slotReleases.keySet());
        slotNodes.addAll(slotTakes.keySet());
        Map<String, Reply<Boolean>> takes = new TreeMap<>();
        for (String nodeId : slotNodes) {
            if (slotReleases.containsKey(nodeId)) {
                tx.capacity().release(trip, nodeId, day);
            }
            Integer dailyCapacity = slotTakes.get(nodeId);
            if (dailyCapacity != null) {
                takes.put(nodeId, tx.capacity().takeFromExistingDay(trip, nodeId, day, dailyCapacity));
            }
        }
        return new Sent(tx, day, moved, takes);
    }

    /** The replies of one position's moves; null for a move it does not make. */
    private record PositionReplies(Position at, Units units, Reply<Optional<InventoryRow>> release,
            Reply<Optional<InventoryRow>> writeOff, Reply<Optional<InventoryRow>> commit,
            Reply<Optional<InventoryRow>> reserve) {
    }

    /** The moves, sent with their trip: what they did, read once it was sent. */
    final class Sent {
        private final Tx tx;
        private final LocalDate day;
        private final List<PositionReplies> moved;
        private final Map<String, Reply<Boolean>> takes;

        private Sent(Tx tx, LocalDate day, List<PositionReplies> moved, Map<String, Reply<Boolean>> takes) {
            this.tx = tx;
            this.day = day;
            this.moved = moved;
            this.takes = takes;
        }

        /**
         * Reports each reservation or slot that could not be had as a problem, and adds each touched position to
         * the feed. Call once the trip was sent.
         */
        void settle(Problems problems, FeedRows feed) throws SQLException {
            for (PositionReplies position : moved) {
                Position at = position.at();
                Units units = position.units();
                // each move returns the position as it left it: the last one that happened is what the feed shows
                Optional<InventoryRow> last = Optional.empty();
                if (position.release() != null) {
                    last = required(position.release(), "the order holds " + units.release + " reserved units of "
                            + at.sku() + " at " + at.nodeId() + " that the position does not have");
                }
                if (position.writeOff() != null) {
                    last = required(position.writeOff(), "cannot write off " + units.writeOff + " units of "
                            + at.sku() + " at " + at.nodeId() + ": fewer are reserved or on hand");
                }
                if (position.commit() != null) {
                    last = required(position.commit(), "cannot ship " + units.commit + " units of " + at.sku()
                            + " at " + at.nodeId() + ": fewer are reserved or on hand");
                }
                if (position.reserve() != null) {
                    if (position.reserve().get().isEmpty()) {
                        int atp = tx.inventory().get(at.nodeId(), at.sku()).map(InventoryRow::atp).orElse(0);
                        problems.add(units.field, "node " + at.nodeId() + " has ATP " + atp + " of " + at.sku()
                                + ", " + units.reserve + " needed");
                        continue; // the problems roll this command back: its feed rows are never written
                    }
                    last = position.reserve().get();
                }
                last.ifPresent(feed::inventory);
            }
            for (Map.Entry<String, Reply<Boolean>> take : takes.entrySet()) {
                String nodeId = take.getKey();
                int dailyCapacity = slotTakes.get(nodeId);
                // the day's first take has no row to update yet: take() inserts it, or finds the day full
                if (!take.getValue().get() && !tx.capacity().take(nodeId, day, dailyCapacity)) {
                    problems.add("lines", "node " + nodeId + " has no shipping capacity left on " + day
                            + " (daily capacity " + dailyCapacity + ")");
                }
            }
        }

        private static Optional<InventoryRow> required(Reply<Optional<InventoryRow>> move, String otherwise) {
            if (move.get().isEmpty()) {
                throw new IllegalStateException(otherwise);
            }
            return move.get();
        }
    }

    private Units units(String nodeId, String sku) {
        return positions.computeIfAbsent(new Position(nodeId, sku), key -> new Units());
    }
}
