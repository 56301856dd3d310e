package io.omniroute.console.store;

import io.omniroute.console.store.CommandPayloads.LineQty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * Marking orders ready: every held unit is ready unless the user lowers a line. An order whose lines are all ready
 * sends PICKUP_READY with {} (all); otherwise it names each line's ready units and stays in Picking.
 */
public final class ReadyDialogViewModel {

    private final List<QueueRow> rows;
    private final List<LineChoice> lines;
    private final BooleanBinding valid;
    private final StringBinding summary;

    ReadyDialogViewModel(List<QueueRow> rows, Function<String, String> skuName) {
        this.rows = List.copyOf(rows);
        this.lines = LineChoice.of(this.rows, skuName, true);
        Observable[] quantities = lines.stream().map(LineChoice::qtyProperty).toArray(Observable[]::new);
        this.valid = Bindings.createBooleanBinding(() -> !payloads().isEmpty(), quantities);
        this.summary = Bindings.createStringBinding(this::describe, quantities);
    }

    public List<LineChoice> lines() {
        return lines;
    }

    /** At least one unit is marked ready. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    public String title() {
        return rows.size() == 1 ? "Mark " + rows.get(0).orderId() + " ready" : "Mark " + rows.size() + " orders ready";
    }

    /** The PICKUP_READY payload per order id; orders with nothing marked ready are left out. */
    Map<String, String> payloads() {
        Map<String, String> payloads = new LinkedHashMap<>();
        for (QueueRow row : rows) {
            List<LineChoice> ofOrder = lines.stream().filter(line -> line.orderId().equals(row.orderId())).toList();
            if (!ofOrder.isEmpty() && ofOrder.stream().allMatch(line -> line.qty() == line.max())) {
                payloads.put(row.orderId(), CommandPayloads.empty());
                continue;
            }
            List<LineQty> ready = ofOrder.stream().filter(line -> line.qty() > 0)
                    .map(line -> new LineQty(line.lineNo(), line.qty())).toList();
            if (!ready.isEmpty()) {
                payloads.put(row.orderId(), CommandPayloads.readyLines(ready));
            }
        }
        return payloads;
    }

    List<QueueRow> rows() {
        return rows;
    }

    private String describe() {
        boolean all = lines.stream().allMatch(line -> line.qty() == line.max());
        if (all) {
            return "Every line is ready: the order moves to Ready for pickup.";
        }
        return "Some lines are short: an order moves to Ready for pickup only when all its lines are ready; until then"
                + " it stays in Picking.";
    }
}
