package io.omniroute.console.exceptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue's rows as the reads have landed them, grouped by order (a read replaces an order's rows whole), plus the
 * conflict rows, and when each row was first seen, so the view can mark what is new. Call it on the UI thread.
 */
final class QueueState {

    private final Map<String, List<QueueItem>> byOrder = new HashMap<>();
    private final Map<String, Instant> firstSeen = new HashMap<>();
    private List<QueueItem> conflicts = List.of();
    private boolean loaded;

    void apply(QueueReads.Result result, Instant now) {
        if (result.full()) {
            byOrder.clear();
        }
        result.byOrder().forEach((orderId, rows) -> {
            if (rows.isEmpty()) {
                byOrder.remove(orderId);
            } else {
                byOrder.put(orderId, rows);
            }
        });
        result.conflicts().ifPresent(rows -> conflicts = rows);
        List<QueueItem> all = items();
        // Rows of the first load are not news; later ones are, for a little while.
        Instant seen = loaded ? now : Instant.EPOCH;
        all.forEach(item -> firstSeen.putIfAbsent(item.key(), seen));
        firstSeen.keySet().retainAll(all.stream().map(QueueItem::key).toList());
        loaded = true;
    }

    List<QueueItem> items() {
        List<QueueItem> all = new ArrayList<>(conflicts);
        byOrder.values().forEach(all::addAll);
        return all;
    }

    Instant firstSeen(String key) {
        return firstSeen.getOrDefault(key, Instant.EPOCH);
    }

    boolean loaded() {
        return loaded;
    }
}
