package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedOrder;
import io.omniroute.console.planning.PlanLine;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One order line in the plan editor: its units by node (one row each, a split is a second row), the units to keep
 * backordered and the units to cancel, each the planner's input.
 */
public final class LineEdit {

    /** One node's share of the line. */
    public static final class Share {

        private final ObjectProperty<NodeChoice> node;
        private final IntegerProperty qty;

        Share(NodeChoice node, int qty) {
            this.node = new SimpleObjectProperty<>(this, "node", node);
            this.qty = new SimpleIntegerProperty(this, "qty", qty);
        }

        public ObjectProperty<NodeChoice> nodeProperty() {
            return node;
        }

        public IntegerProperty qtyProperty() {
            return qty;
        }
    }

    private final CachedOrder.Line line;
    private final String name;
    private final List<NodeChoice> choices;
    private final boolean fixed;
    private final ObservableList<Share> shares = FXCollections.observableArrayList();
    private final IntegerProperty backordered;
    private final IntegerProperty cancel = new SimpleIntegerProperty(this, "cancel", 0);

    LineEdit(CachedOrder.Line line, String name, List<NodeChoice> choices, boolean fixed) {
        this.line = line;
        this.name = name;
        this.choices = List.copyOf(choices);
        this.fixed = fixed;
        this.backordered = new SimpleIntegerProperty(this, "backordered", line.backorderedQty());
    }

    public int lineNo() {
        return line.lineNo();
    }

    public String sku() {
        return line.sku();
    }

    public String name() {
        return name;
    }

    /** Units not cancelled: what the shares, the backorder and the cancellation divide between them. */
    public int open() {
        return line.qty() - line.cancelledQty();
    }

    /** The nodes with ATP for the line's SKU, cheapest first. */
    public List<NodeChoice> choices() {
        return choices;
    }

    /** A pickup's units stay at its store: only backorder and cancel can change. */
    public boolean fixed() {
        return fixed;
    }

    public ObservableList<Share> shares() {
        return shares;
    }

    public IntegerProperty backorderedProperty() {
        return backordered;
    }

    public IntegerProperty cancelProperty() {
        return cancel;
    }

    /** Units the planner has given no node, backorder or cancellation: they stay open. */
    public int left() {
        return open() - allocated() - backordered.get() - cancel.get();
    }

    int allocated() {
        return shares.stream().mapToInt(share -> share.qtyProperty().get()).sum();
    }

    List<PlanLine> planLines() {
        List<PlanLine> lines = new ArrayList<>();
        for (Share share : shares) {
            if (share.nodeProperty().get() != null && share.qtyProperty().get() > 0) {
                lines.add(new PlanLine(lineNo(), share.nodeProperty().get().nodeId(), share.qtyProperty().get()));
            }
        }
        return lines;
    }

    PlanChange.LineDecision decision() {
        return new PlanChange.LineDecision(lineNo(), planLines(), backordered.get(), cancel.get());
    }
}
