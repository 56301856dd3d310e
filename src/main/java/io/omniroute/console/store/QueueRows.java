package io.omniroute.console.store;

import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.PickupRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the rows of every tab from the store's cached pickups, off the table's way: the tables get ready lists. */
final class QueueRows {

    /** Most urgent first: the earliest promise on top. */
    private static final Comparator<QueueRow> BY_READY_BY = Comparator.comparing(QueueRow::readyBy)
            .thenComparing(QueueRow::orderId);

    private QueueRows() {
    }

    /**
     * @param commands the refused commands per target order id
     * @param localPending orders whose command the user just took, before the cache's pending mark shows it
     */
    static Map<QueueTab, List<QueueRow>> build(Collection<PickupRow> pickups, Map<String, List<OutboxCommand>> commands,
            Set<String> localPending, Function<String, String> skuName, Instant now, ZoneId zone) {
        Instant since = QueueWindow.since(now, zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<QueueTab, List<QueueRow>> tabs = new EnumMap<>(QueueTab.class);
        for (QueueTab tab : QueueTab.values()) {
            tabs.put(tab, new ArrayList<>());
        }
        for (PickupRow pickup : pickups) {
            QueueRow row = new QueueRow(pickup, linesText(pickup, skuName),
                    PickupProblems.describe(pickup, commands.getOrDefault(pickup.orderId(), List.of()), since),
                    pickup.isPending() || localPending.contains(pickup.orderId()));
            for (QueueTab tab : QueueTab.values()) {
                if (tab.holds(row, today, zone)) {
                    tabs.get(tab).add(row);
                }
            }
        }
        tabs.values().forEach(rows -> rows.sort(BY_READY_BY));
        return tabs;
    }

    /** "2 × Desk lamp, 1 × Tent (1 rejected)", in the order a picker would take them from the shelves. */
    static String linesText(PickupRow pickup, Function<String, String> skuName) {
        return pickup.lines().stream().sorted(PickList.SHELF_ORDER).map(line -> {
            String name = skuName.apply(line.sku());
            return line.qty() + " \u00d7 " + (name.isEmpty() ? line.sku() : name)
                    + (line.rejectedQty() > 0 ? " (" + line.rejectedQty() + " rejected)" : "");
        }).collect(Collectors.joining(", "));
    }
}
