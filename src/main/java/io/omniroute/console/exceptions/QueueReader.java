package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedException;
import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.model.PlanningNetwork;
import io.omniroute.console.model.PositionTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the queue's rows from the cache, order by order: each order's open exceptions, and the problems the console
 * derives for it (promise near, allocated from stale stock). Blocking, so it runs in the background.
 */
final class QueueReader {

    /** Orders that still wait to leave: the ones whose promise or stock can still go wrong. */
    static final Set<String> IN_FLIGHT = Set.of("SOURCED", "PARTIAL", "BACKORDERED");
    /** Commands the exception screen sends: their conflicts are its rows. */
    private static final Set<String> OWN_COMMANDS = Set.of("REROUTE", "CANCEL_LINES", "BACKORDER",
            "RESOLVE_EXCEPTION", "TAKE_EXCEPTION", "RELEASE_EXCEPTION");
    /** Longer than any promise the console derives a risk for: older in-flight orders are read only if named. */
    private static final Duration LOOKBACK = Duration.ofDays(14);

    private final H2LocalStore store;
    private final PositionTable positions;
    private final Supplier<Optional<PlanningNetwork>> network;
    private final Supplier<QueueSettings> settings;

    QueueReader(H2LocalStore store, PositionTable positions, Supplier<Optional<PlanningNetwork>> network,
            Supplier<QueueSettings> settings) {
        this.store = store;
        this.positions = positions;
        this.network = network;
        this.settings = settings;
    }

    /** Every order with an open exception or a derived problem, with its rows. */
    Map<String, List<QueueItem>> all(Instant now) {
        List<CachedException> open = store.read(tx -> tx.exceptions().open());
        Map<String, List<CachedException>> byOrder = group(open);
        List<CachedOrder> orders = new ArrayList<>(store.read(tx -> tx.planning().orders(byOrder.keySet())));
        Set<String> seen = new HashSet<>(byOrder.keySet());
        for (CachedOrder inFlight : store.read(tx -> tx.planning().ordersInStatus(IN_FLIGHT, now.minus(LOOKBACK)))) {
            if (seen.add(inFlight.orderId())) {
                orders.add(inFlight);
            }
        }
        return rows(orders, byOrder, now);
    }

    /** The rows of those orders as they are now; an order with none maps to an empty list. */
    Map<String, List<QueueItem>> orders(Collection<String> orderIds, Instant now) {
        Map<String, List<CachedException>> byOrder = new HashMap<>();
        List<CachedOrder> orders = store.read(tx -> {
            for (String orderId : orderIds) {
                List<CachedException> open = tx.exceptions().ofOrder(orderId).stream()
                        .filter(CachedException::isOpen).toList();
                byOrder.put(orderId, open);
            }
            return tx.planning().orders(orderIds);
        });
        Map<String, List<QueueItem>> rows = rows(orders, byOrder, now);
        orderIds.forEach(id -> rows.putIfAbsent(id, List.of()));
        return rows;
    }

    /** The order ids of those exceptions, as the cache has them. */
    Set<String> ordersOfExceptions(Collection<String> exceptionIds) {
        Set<String> orders = new HashSet<>();
        store.read(tx -> tx.exceptions().byIds(exceptionIds)).forEach(e -> orders.add(e.orderId()));
        return orders;
    }

    /** One row per command of this screen the backend answered with a conflict. */
    List<QueueItem> conflicts() {
        List<QueueItem> rows = new ArrayList<>();
        for (OutboxCommand command : store.commands(List.of(OutboxState.CONFLICT))) {
            if (!OWN_COMMANDS.contains(command.type())) {
                continue;
            }
            String orderId = command.type().endsWith("_EXCEPTION") && !command.type().startsWith("RESOLVE")
                    ? ordersOfExceptions(List.of(command.target())).stream().findFirst().orElse(command.target())
                    : command.target();
            rows.add(new QueueItem("CONFLICT:" + command.id(), ExceptionKind.CONFLICT, orderId, Optional.empty(), 0,
                    "", 0, command.type() + " by " + command.actor() + " met a newer version on the backend: apply"
                    + " it again on that version, or discard it", command.createdAt(), Optional.empty(), 0, "",
                    "", Optional.empty(), command.expectedVersion(), true, OptionalLong.of(command.id())));
        }
        return rows;
    }

    private Map<String, List<QueueItem>> rows(List<CachedOrder> orders, Map<String, List<CachedException>> open,
            Instant now) {
        Optional<PlanningNetwork> planning = network.get();
        QueueSettings limits = settings.get();
        Map<String, List<QueueItem>> rows = new LinkedHashMap<>();
        for (CachedOrder order : orders) {
            List<QueueItem> items = new ArrayList<>();
            Optional<Instant> due = Promise.due(order, planning);
            for (CachedException exception : open.getOrDefault(order.orderId(), List.of())) {
                ExceptionKind.ofType(exception.type()).ifPresent(kind -> items.add(item(kind, order, exception,
                        due)));
            }
            if (IN_FLIGHT.contains(order.status()) && !order.allocations().isEmpty()) {
                due.filter(when -> Duration.between(now, when).compareTo(limits.slaRisk()) < 0)
                        .ifPresent(when -> items.add(derived(ExceptionKind.SLA_AT_RISK, order, due,
                                "promised by " + when + " and not shipped yet")));
                staleAllocation(order, now.minus(limits.stale())).ifPresent(stale -> items.add(derived(
                        ExceptionKind.STALE_INVENTORY, order, due, stale)));
            }
            rows.put(order.orderId(), items);
        }
        return rows;
    }

    /** The first allocated position no update has touched since {@code before}, in words. */
    private Optional<String> staleAllocation(CachedOrder order, Instant before) {
        long cutoff = before.getEpochSecond();
        return positions.read(view -> {
            for (CachedOrder.Allocation allocation : order.allocations()) {
                int row = view.row(allocation.nodeId(), allocation.sku());
                if (row >= 0 && view.updatedEpochSecond(row) < cutoff) {
                    return Optional.of("allocated from " + allocation.nodeId() + " " + allocation.sku()
                            + ", whose stock was last updated " + Instant.ofEpochSecond(view.updatedEpochSecond(row)));
                }
            }
            return Optional.empty();
        });
    }

    private static QueueItem item(ExceptionKind kind, CachedOrder order, CachedException exception,
            Optional<Instant> due) {
        return new QueueItem(exception.exceptionId(), kind, order.orderId(), Optional.of(exception),
                exception.lineNo(), exception.sku(), exception.qty(), exception.reason(), exception.createdAt(), due,
                order.value(), order.order().channel(), order.order().fulfillment().name(), exception.assignee(),
                order.version(), exception.pending() > 0 || order.pending() > 0, OptionalLong.empty());
    }

    private static QueueItem derived(ExceptionKind kind, CachedOrder order, Optional<Instant> due, String reason) {
        return new QueueItem(kind.name() + ":" + order.orderId(), kind, order.orderId(), Optional.empty(), 0, "",
                order.order().units(), reason, order.order().createdAt(), due, order.value(),
                order.order().channel(), order.order().fulfillment().name(), Optional.empty(), order.version(),
                order.pending() > 0, OptionalLong.empty());
    }

    private static Map<String, List<CachedException>> group(List<CachedException> exceptions) {
        Map<String, List<CachedException>> byOrder = new LinkedHashMap<>();
        exceptions.forEach(e -> byOrder.computeIfAbsent(e.orderId(), id -> new ArrayList<>()).add(e));
        return byOrder;
    }
}
