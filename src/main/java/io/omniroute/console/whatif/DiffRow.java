package io.omniroute.console.whatif;

import io.omniroute.engine.whatif.ChangeKind;
import io.omniroute.engine.whatif.OrderChange;
import io.omniroute.engine.whatif.OrderOutcome;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One changed order of the decision diff, as the table shows it: both plans in short, and what changed. */
public record DiffRow(String orderId, Set<ChangeKind> kinds, Side before, Side after, double costDelta) {

    /** One run's plan of the order, in short; {@link #MISSING} when the run does not have the order. */
    public record Side(String nodes, int shipments, double cost, String promise, String fill, boolean present) {

        static final Side MISSING = new Side("—", 0, 0, "—", "—", false);

        static Side of(Optional<OrderOutcome> outcome) {
            if (outcome.isEmpty()) {
                return MISSING;
            }
            OrderOutcome o = outcome.get();
            return new Side(o.nodeIds().isEmpty() ? "none" : String.join(", ", o.nodeIds()), o.shipments(), o.cost(),
                    o.promisedDays().isPresent() ? o.promisedDays().getAsInt() + " d" : "—",
                    o.unitsFilled() + "/" + o.unitsOrdered(), true);
        }

        String costText() {
            return present ? String.format(Locale.ROOT, "%,.2f", cost) : "—";
        }
    }

    public DiffRow {
        Objects.requireNonNull(orderId, "orderId");
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    static DiffRow of(OrderChange change) {
        return new DiffRow(change.orderId(), change.kinds(), Side.of(change.before()), Side.of(change.after()),
                change.costDelta());
    }

    /** {@code COST_UP, NODES_CHANGED} in the order the filter lists them, lower case for reading. */
    public String kindsText() {
        return kinds.stream().sorted().map(DiffRow::label).collect(Collectors.joining(", "));
    }

    public String costDeltaText() {
        return String.format(Locale.ROOT, "%+,.2f", costDelta);
    }

    /** Whether the order or either plan's nodes contain the text (already lower case). */
    boolean matches(String lowerText) {
        return lowerText.isEmpty() || orderId.toLowerCase(Locale.ROOT).contains(lowerText)
                || before.nodes().toLowerCase(Locale.ROOT).contains(lowerText)
                || after.nodes().toLowerCase(Locale.ROOT).contains(lowerText);
    }

    /** {@code NODES_CHANGED} as {@code nodes changed}. */
    static String label(ChangeKind kind) {
        return labelOf(kind.name());
    }

    /** An enum constant's name for reading: {@code BEATEN_ON_COST} as {@code beaten on cost}. */
    static String labelOf(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
