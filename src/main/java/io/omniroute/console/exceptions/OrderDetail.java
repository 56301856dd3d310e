package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedException;
import io.omniroute.cache.CachedOrder;
import io.omniroute.console.planning.OrderWorld;
import io.omniroute.console.planning.PricedPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the detail pane shows of one order, read and planned in the background.
 *
 * @param world the order's planning world, for hand-built plans; empty until the backend has sent its rate card
 * @param current the order's plan now, priced
 * @param note why part of the pane is empty (no rate card yet, a pickup stays at its store), or ""
 */
record OrderDetail(CachedOrder order, List<CachedException> exceptions, Optional<OrderWorld> world,
        Optional<PricedPlan> current, List<DetailRows.Line> lines,
        List<DetailRows.Shipment> currentShipments, List<DetailRows.Alternative> alternatives,
        List<DetailRows.NodeVerdict> verdicts, List<DetailRows.Event> timeline, List<String> profiles, String note) {

    OrderDetail {
        Objects.requireNonNull(order, "order");
        exceptions = List.copyOf(exceptions);
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(current, "current");
        lines = List.copyOf(lines);
        currentShipments = List.copyOf(currentShipments);
        alternatives = List.copyOf(alternatives);
        verdicts = List.copyOf(verdicts);
        timeline = List.copyOf(timeline);
        profiles = List.copyOf(profiles);
    }

    List<CachedException> openExceptions() {
        return exceptions.stream().filter(CachedException::isOpen).toList();
    }
}
