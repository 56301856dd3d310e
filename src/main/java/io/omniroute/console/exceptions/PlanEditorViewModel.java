package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedOrder;
import io.omniroute.console.planning.OrderWorld;
import io.omniroute.console.planning.PlanLine;
import io.omniroute.console.planning.PlanPricer;
import io.omniroute.console.planning.PricedPlan;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.PricedShipment;
import io.omniroute.engine.sourcing.ShipmentPricer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A plan built by hand, line by line: for each line, which nodes ship how many units (from those with ATP, shown with
 * ATP, distance and cost), how many stay backordered and how many are cancelled. Every edit prices the plan again
 * and checks it as the backend would: a plan that breaks ATP or capacity cannot be applied, and one that misses the
 * promise needs the planner to say so with a note.
 */
public final class PlanEditorViewModel {

    private final CachedOrder order;
    private final OrderWorld world;
    private final PlanPricer pricer;
    private final double currentCost;
    private final ObservableList<LineEdit> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(this, "problems",
            List.of());
    private final ReadOnlyObjectWrapper<Boolean> late = new ReadOnlyObjectWrapper<>(this, "late", false);
    private final ReadOnlyObjectWrapper<Boolean> changes = new ReadOnlyObjectWrapper<>(this, "changes", false);
    private final DecisionInput decision;
    private final BooleanBinding canApply;
    private PricedPlan priced;

    PlanEditorViewModel(CachedOrder order, OrderWorld world, ReasonCode suggested) {
        this.order = order;
        this.world = world;
        this.pricer = new PlanPricer(world);
        this.currentCost = pricer.current().totalCost();
        this.decision = new DecisionInput(suggested);
        boolean pickup = order.order().fulfillment() == Fulfillment.PICKUP;
        for (CachedOrder.Line line : order.lines()) {
            LineEdit edit = new LineEdit(line, line.sku(), pickup ? List.of() : choices(line), pickup);
            for (PlanLine share : PlanChange.current(order, line.lineNo())) {
                NodeChoice choice = edit.choices().stream().filter(c -> c.nodeId().equals(share.nodeId()))
                        .findFirst().orElse(new NodeChoice(share.nodeId(), share.nodeId(), 0, 0, 0, false));
                edit.shares().add(new LineEdit.Share(choice, share.qty()));
            }
            watch(edit);
            lines.add(edit);
        }
        BooleanBinding given = decision.given(late);
        canApply = Bindings.createBooleanBinding(() -> problems.get().isEmpty() && changes.get() && given.get(),
                problems, changes, given);
        reprice();
    }

    private List<NodeChoice> choices(CachedOrder.Line line) {
        NetworkModel model = world.network().model();
        ShipmentPricer shipments = ShipmentPricer.of(model);
        int sku = model.skuIndex(line.sku());
        if (sku < 0) {
            return List.of();
        }
        int units = Math.max(1, line.qty() - line.cancelledQty());
        double weight = model.sku(sku).weightKg() * units;
        List<NodeChoice> choices = new ArrayList<>();
        for (Node node : model.nodes()) {
            int atp = world.atp(node.id(), line.sku());
            if (!node.ship() || atp <= 0) {
                continue;
            }
            Optional<PricedShipment> onTime = shipments.price(world.openOrder(), node.id(), units, weight,
                    Optional.empty(), Optional.empty());
            Optional<PricedShipment> any = onTime.or(() -> shipments.fastest(world.openOrder(), node.id(), units,
                    weight));
            any.ifPresent(p -> choices.add(new NodeChoice(node.id(), node.name(), atp, p.distanceKm(),
                    p.totalCost(), onTime.isEmpty())));
        }
        choices.sort(Comparator.comparing(NodeChoice::late).thenComparingDouble(NodeChoice::cost)
                .thenComparing(NodeChoice::nodeId));
        return choices;
    }

    private void watch(LineEdit edit) {
        edit.backorderedProperty().addListener((o, before, now) -> reprice());
        edit.cancelProperty().addListener((o, before, now) -> reprice());
        edit.shares().addListener((ListChangeListener<LineEdit.Share>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            reprice();
        });
        edit.shares().forEach(this::watch);
    }

    private void watch(LineEdit.Share share) {
        share.nodeProperty().addListener((o, before, now) -> reprice());
        share.qtyProperty().addListener((o, before, now) -> reprice());
    }

    /** Adds a share to the line: the cheapest node it does not use yet, with the units no one has. */
    public void split(LineEdit line) {
        if (line.fixed()) {
            return;
        }
        List<String> used = line.shares().stream().map(s -> s.nodeProperty().get())
                .filter(Objects::nonNull).map(NodeChoice::nodeId).toList();
        NodeChoice next = line.choices().stream().filter(c -> !used.contains(c.nodeId())).findFirst()
                .orElse(null);
        line.shares().add(new LineEdit.Share(next, Math.max(1, line.left())));
    }

    public void remove(LineEdit line, LineEdit.Share share) {
        if (!line.fixed()) {
            line.shares().remove(share);
        }
    }

    private void reprice() {
        List<PlanLine> plan = new ArrayList<>();
        lines.forEach(line -> plan.addAll(line.planLines()));
        priced = order.order().fulfillment() == Fulfillment.PICKUP ? pricer.current() : pricer.price(plan);
        PlanChange.Result change = change("");
        List<String> found = new ArrayList<>(priced.problems());
        found.addAll(change.problems());
        problems.set(List.copyOf(found));
        changes.set(!change.commands().isEmpty());
        late.set(priced.late());
        int open = lines.stream().mapToInt(LineEdit::left).filter(n -> n > 0).sum();
        summary.set(PlanSummary.of(priced, currentCost) + (open > 0 ? " · " + Plurals.of(open, "unit") + " left open"
                : ""));
    }

    /** The commands this plan takes, or why it cannot go. */
    PlanChange.Result change(String actor) {
        return PlanChange.of(order, lines.stream().map(LineEdit::decision).toList(), priced != null
                && priced.late(), decision.reasonText(), actor);
    }

    // --- properties ---------------------------------------------------------------------------------------------

    public String title() {
        return "Plan order " + order.orderId() + " by hand";
    }

    public ObservableList<LineEdit> lines() {
        return lines;
    }

    /** Shipments, cost against the current plan, promised days and units left open, for the plan as it stands. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What would make the backend refuse the plan; empty when it may go. */
    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> lateProperty() {
        return late.getReadOnlyProperty();
    }

    public DecisionInput decision() {
        return decision;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    PricedPlan priced() {
        return priced;
    }
}
