package io.omniroute.console.store;

import io.omniroute.cache.PickupRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** How many units of one order line a dialog acts on: the user's input, between 0 and the units held. */
public final class LineChoice {

    private final String orderId;
    private final PickupRow.Line line;
    private final String skuName;
    private final IntegerProperty qty;

    private LineChoice(String orderId, PickupRow.Line line, String skuName, int initial) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.line = Objects.requireNonNull(line, "line");
        this.skuName = Objects.requireNonNull(skuName, "skuName");
        this.qty = new SimpleIntegerProperty(this, "qty", initial);
        qty.addListener((observable, before, now) -> {
            if (now.intValue() < 0 || now.intValue() > max()) {
                qty.set(Math.max(0, Math.min(max(), now.intValue())));
            }
        });
    }

    /**
     * A choice for every line of the orders that still holds units, in shelf order.
     *
     * @param allHeld start at every held unit (marking ready), else at none (rejecting)
     */
    static List<LineChoice> of(List<QueueRow> rows, Function<String, String> skuName, boolean allHeld) {
        List<LineChoice> choices = new ArrayList<>();
        for (QueueRow row : rows) {
            row.pickup().lines().stream().filter(line -> line.heldQty() > 0).sorted(PickList.SHELF_ORDER)
                    .forEach(line -> choices.add(new LineChoice(row.orderId(), line, skuName.apply(line.sku()),
                            allHeld ? line.heldQty() : 0)));
        }
        return choices;
    }

    public String orderId() {
        return orderId;
    }

    public int lineNo() {
        return line.lineNo();
    }

    public String sku() {
        return line.sku();
    }

    /** "Desk lamp (SKU-1)", or the SKU alone when the catalog does not name it. */
    public String itemText() {
        return skuName.isEmpty() ? line.sku() : skuName + " (" + line.sku() + ")";
    }

    /** The units held for the customer: the most a dialog can act on. */
    public int max() {
        return line.heldQty();
    }

    public IntegerProperty qtyProperty() {
        return qty;
    }

    int qty() {
        return qty.get();
    }
}
