package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.NewCommand;
import io.omniroute.console.planning.PlanLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A planner's decision for an order, turned into the commands that make it so, in the order they must run: REROUTE
 * for the lines whose allocation changes, then BACKORDER, then CANCEL_LINES. Each command takes units as the backend
 * does (docs/sync-api.md), so the decision is first played through those rules; a decision the commands cannot
 * reach (freeing units from a node without backordering or cancelling them, un-backordering units) is refused with
 * the line and the outcome it would get instead.
 */
final class PlanChange {

    /**
     * What the planner wants for one line.
     *
     * @param allocations the line's units by node after the change; the current ones when the planner keeps them
     * @param backordered the line's backordered units after the change
     * @param cancelMore units to cancel on top of those already cancelled
     */
    record LineDecision(int lineNo, List<PlanLine> allocations, int backordered, int cancelMore) {

        LineDecision {
            allocations = List.copyOf(allocations);
        }

        int allocated() {
            return allocations.stream().mapToInt(PlanLine::qty).sum();
        }
    }

    /** The commands, or why the decision cannot be sent. */
    record Result(List<NewCommand> commands, List<String> problems) {

        Result {
            commands = List.copyOf(commands);
            problems = List.copyOf(problems);
        }
    }

    private PlanChange() {
    }

    /** A plan for some lines, the others kept as they are (an alternative the engine proposed). */
    static Result ofPlan(CachedOrder order, List<PlanLine> plan, boolean acceptLate, String reason, String actor) {
        Map<Integer, List<PlanLine>> byLine = new TreeMap<>();
        plan.forEach(line -> byLine.computeIfAbsent(line.lineNo(), n -> new ArrayList<>()).add(line));
        List<LineDecision> decisions = new ArrayList<>();
        for (CachedOrder.Line line : order.lines()) {
            List<PlanLine> chosen = byLine.get(line.lineNo());
            if (chosen == null || chosen.isEmpty()) {
                decisions.add(keep(order, line));
            } else {
                int allocated = chosen.stream().mapToInt(PlanLine::qty).sum();
                int open = line.qty() - line.cancelledQty();
                decisions.add(new LineDecision(line.lineNo(), chosen,
                        Math.max(0, Math.min(line.backorderedQty(), open - allocated)), 0));
            }
        }
        return of(order, decisions, acceptLate, reason, actor);
    }

    /** The line as it stands: its allocations, backordered units, nothing more cancelled. */
    static LineDecision keep(CachedOrder order, CachedOrder.Line line) {
        return new LineDecision(line.lineNo(), current(order, line.lineNo()), line.backorderedQty(), 0);
    }

    static Result of(CachedOrder order, List<LineDecision> decisions, boolean acceptLate, String reason,
            String actor) {
        Objects.requireNonNull(reason, "reason");
        List<String> problems = new ArrayList<>();
        List<PlanLine> reroute = new ArrayList<>();
        Map<Integer, Integer> backorder = new TreeMap<>();
        Map<Integer, Integer> cancel = new TreeMap<>();
        for (LineDecision decision : decisions) {
            CachedOrder.Line line = order.lines().stream().filter(l -> l.lineNo() == decision.lineNo()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("order " + order.orderId() + " has no line "
                            + decision.lineNo()));
            play(order, line, decision, reroute, backorder, cancel, problems);
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<NewCommand> queued = new ArrayList<>();
        if (!reroute.isEmpty()) {
            queued.add(command("REROUTE", order, CommandJson.reroute(reroute, acceptLate), reason, actor));
        }
        if (!backorder.isEmpty()) {
            queued.add(command("BACKORDER", order, CommandJson.lines(backorder), reason, actor));
        }
        if (!cancel.isEmpty()) {
            queued.add(command("CANCEL_LINES", order, CommandJson.lines(cancel), reason, actor));
        }
        return new Result(queued, List.of());
    }

    /** Plays the line's commands through the backend's rules and checks they end where the planner wants. */
    private static void play(CachedOrder order, CachedOrder.Line line, LineDecision wanted, List<PlanLine> reroute,
            Map<Integer, Integer> backorder, Map<Integer, Integer> cancel, List<String> problems) {
        int open = line.qty() - line.cancelledQty();
        String name = "line " + line.lineNo();
        if (wanted.allocated() + wanted.backordered() + wanted.cancelMore() > open) {
            problems.add(name + ": " + wanted.allocated() + " allocated + " + wanted.backordered() + " backordered + "
                    + wanted.cancelMore() + " to cancel is more than its " + open + " not cancelled");
            return;
        }
        List<PlanLine> now = current(order, line.lineNo());
        boolean rerouted = wanted.allocated() > 0 && !sameUnits(now, wanted.allocations());
        int allocated = rerouted ? wanted.allocated() : now.stream().mapToInt(PlanLine::qty).sum();
        int backordered = rerouted ? Math.max(0, Math.min(line.backorderedQty(), open - allocated))
                : line.backorderedQty();
        int missing = open - allocated - backordered;
        int more = wanted.backordered() - backordered;
        if (more < 0) {
            problems.add(name + " would keep " + backordered + " units backordered: a backorder is undone only by"
                    + " allocating its units to a node");
            return;
        }
        int taken = Math.min(more, missing);
        missing -= taken;
        allocated -= more - taken;
        backordered += more;
        int cancelled = wanted.cancelMore();
        int rest = cancelled - Math.min(cancelled, missing);
        int fromBackordered = Math.min(rest, backordered);
        backordered -= fromBackordered;
        allocated -= rest - fromBackordered;
        if (allocated != wanted.allocated() || backordered != wanted.backordered()) {
            problems.add(name + " would end with " + allocated + " allocated and " + backordered + " backordered, not "
                    + wanted.allocated() + " and " + wanted.backordered() + ": to free allocated units, backorder or"
                    + " cancel them, or allocate them elsewhere");
            return;
        }
        if (rerouted) {
            reroute.addAll(wanted.allocations());
        }
        if (more > 0) {
            backorder.put(line.lineNo(), more);
        }
        if (cancelled > 0) {
            cancel.put(line.lineNo(), cancelled);
        }
    }

    /** Every command of one decision expects the version the planner saw; the outbox chains them in turn. */
    private static NewCommand command(String type, CachedOrder order, String payload, String reason, String actor) {
        return new NewCommand(type, "order", order.orderId(), order.version(), payload, reason, actor);
    }

    static List<PlanLine> current(CachedOrder order, int lineNo) {
        Map<String, Integer> byNode = new TreeMap<>();
        order.allocations().stream().filter(a -> a.lineNo() == lineNo)
                .forEach(a -> byNode.merge(a.nodeId(), a.qty(), Integer::sum));
        List<PlanLine> lines = new ArrayList<>();
        byNode.forEach((node, qty) -> lines.add(new PlanLine(lineNo, node, qty)));
        return lines;
    }

    private static boolean sameUnits(List<PlanLine> a, List<PlanLine> b) {
        Map<String, Integer> left = new TreeMap<>();
        a.forEach(line -> left.merge(line.nodeId(), line.qty(), Integer::sum));
        Map<String, Integer> right = new TreeMap<>();
        b.forEach(line -> right.merge(line.nodeId(), line.qty(), Integer::sum));
        return left.equals(right);
    }
}
