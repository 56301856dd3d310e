package io.omniroute.console.model;

import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OrderLookupRepository.SlotHolder;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Capacity slots per node and UTC day as the backend counts them: one per SHIP order created that day and shipping
 * from the node. A day is read from the cache once, when first asked for, and then kept live from the orders each
 * change notice names, so a screen that asks often does not parse every order of the day each time.
 */
public final class ShipmentSlots {

    /** The days kept: today, yesterday and the day before are what planners re-plan. */
    private static final int DAYS_KEPT = 3;

    private final H2LocalStore store;
    /** Day → node → the orders holding a slot there. */
    private final Map<LocalDate, Map<String, Set<String>>> byDay = new HashMap<>();

    ShipmentSlots(H2LocalStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Slots taken per node on that day. Blocking the first time a day is asked for: call it in the background. */
    public Map<String, Integer> on(LocalDate day) {
        Map<String, Set<String>> nodes;
        synchronized (this) {
            nodes = byDay.get(day);
        }
        if (nodes == null) {
            Map<String, Set<String>> loaded = store.read(tx -> tx.orders().slotHoldersOn(day));
            synchronized (this) {
                if (byDay.size() >= DAYS_KEPT) {
                    byDay.keySet().stream().min(LocalDate::compareTo).ifPresent(byDay::remove);
                }
                byDay.putIfAbsent(day, loaded);
                nodes = byDay.get(day);
            }
        }
        synchronized (this) {
            Map<String, Integer> counts = new HashMap<>();
            nodes.forEach((node, holders) -> {
                if (!holders.isEmpty()) {
                    counts.put(node, holders.size());
                }
            });
            return counts;
        }
    }

    /** The cache changed these orders: their slots on the days kept move with them. */
    void ordersChanged(Collection<String> orderIds) {
        synchronized (this) {
            if (byDay.isEmpty() || orderIds.isEmpty()) {
                return;
            }
        }
        Map<String, SlotHolder> holders = store.read(tx -> tx.orders().slotHolders(orderIds));
        synchronized (this) {
            for (Map<String, Set<String>> nodes : byDay.values()) {
                nodes.values().forEach(ids -> ids.removeAll(orderIds));
            }
            for (SlotHolder holder : holders.values()) {
                Map<String, Set<String>> nodes = byDay.get(holder.day());
                if (nodes != null) {
                    holder.nodes().forEach(node -> nodes.computeIfAbsent(node, n -> new HashSet<>())
                            .add(holder.orderId()));
                }
            }
        }
    }
}
