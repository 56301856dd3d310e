package io.omniroute.console.exceptions;

import io.omniroute.console.planning.PlanLine;
import io.omniroute.engine.sourcing.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/** The rows of the order detail pane's tables: immutable, built in the background, shown as they are. */
final class DetailRows {

    private DetailRows() {
    }

    /** One order line and how its units stand. */
    record Line(int lineNo, String sku, String name, int qty, int allocated, int cancelled, int backordered,
            int open) {
    }

    /** One shipment of a plan. */
    record Shipment(String nodeId, String nodeName, String service, int units, String lines, double cost,
            int promisedDays, double distanceKm, boolean late) {
    }

    /**
     * One ranked plan the engine proposes.
     *
     * @param rank 1 is the optimum; the planner picks it with its digit
     * @param basis why it is on the list: "the optimal plan", "the best plan without DC-003", ...
     * @param delta its cost minus the current plan's
     * @param current the order has this plan already
     */
    record Alternative(int rank, String basis, String nodes, String services, int shipments, double cost,
            double delta, int promisedDays, double distanceKm, int unitsPlaced, int unitsOpen, boolean current,
            List<PlanLine> plan) {

        Alternative {
            plan = List.copyOf(plan);
        }
    }

    /** The engine's verdict on one node for this order. */
    record NodeVerdict(String nodeId, String nodeName, Verdict verdict, String detail, OptionalDouble distanceKm,
            OptionalDouble costDelta) {
    }

    /** One step of the order's history, or a command of this console's still on its way. */
    record Event(Instant at, String type, String actor, String reason, String details, boolean queued) {
    }
}
