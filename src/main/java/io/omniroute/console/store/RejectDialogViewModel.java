package io.omniroute.console.store;

import io.omniroute.console.store.CommandPayloads.LineQty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Rejecting units the store cannot give: which units of which lines, why (the backend's reason code), and a note for
 * the planner. The dialog says what follows, because the units leave the store's stock for good.
 */
public final class RejectDialogViewModel {

    /** What PICKUP_REJECT does on the backend (docs/sync-api.md), in the store manager's words. */
    public static final String EXPLANATION = "The rejected units are written off this store's stock. The backend"
            + " then re-sources them here: units still on your shelves are reserved again and stay on the order, to"
            + " pick again. The rest become an exception for a planner, who offers the customer the alternatives"
            + " (another store, delivery, or cancelling); the pickup does not move until the customer decides.";

    private final List<QueueRow> rows;
    private final List<LineChoice> lines;
    private final ObjectProperty<RejectReason> reason = new SimpleObjectProperty<>(this, "reason");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final IntegerBinding units;
    private final BooleanBinding valid;

    RejectDialogViewModel(List<QueueRow> rows, Function<String, String> skuName) {
        this.rows = List.copyOf(rows);
        this.lines = LineChoice.of(this.rows, skuName, false);
        Observable[] quantities = lines.stream().map(LineChoice::qtyProperty).toArray(Observable[]::new);
        this.units = Bindings.createIntegerBinding(() -> lines.stream().mapToInt(LineChoice::qty).sum(), quantities);
        this.valid = units.greaterThan(0).and(reason.isNotNull());
    }

    public List<LineChoice> lines() {
        return lines;
    }

    /** The reason code: the user must choose one. */
    public ObjectProperty<RejectReason> reasonProperty() {
        return reason;
    }

    /** A free-text note, sent as the command's reason (never inside the payload). */
    public StringProperty noteProperty() {
        return note;
    }

    public IntegerBinding unitsProperty() {
        return units;
    }

    /** Some units and a reason are chosen. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public String title() {
        return rows.size() == 1 ? "Reject units of " + rows.get(0).orderId() : "Reject units of " + rows.size()
                + " orders";
    }

    /** The confirmation the user answers before the units are written off. */
    public String question() {
        long orders = lines.stream().filter(line -> line.qty() > 0).map(LineChoice::orderId).distinct().count();
        return "Reject " + units.get() + (units.get() == 1 ? " unit" : " units") + " of " + orders
                + (orders == 1 ? " order" : " orders") + " as " + (reason.get() == null ? "?" : reason.get().code())
                + "? They are written off this store's stock.";
    }

    /** The PICKUP_REJECT payload per order id, for the orders with units chosen. */
    Map<String, String> payloads() {
        Map<String, String> payloads = new LinkedHashMap<>();
        for (QueueRow row : rows) {
            List<LineQty> rejected = lines.stream()
                    .filter(line -> line.orderId().equals(row.orderId()) && line.qty() > 0)
                    .map(line -> new LineQty(line.lineNo(), line.qty())).toList();
            if (!rejected.isEmpty()) {
                payloads.put(row.orderId(), CommandPayloads.reject(rejected, reason.get()));
            }
        }
        return payloads;
    }

    String note() {
        return note.get().strip();
    }

    List<QueueRow> rows() {
        return rows;
    }
}
