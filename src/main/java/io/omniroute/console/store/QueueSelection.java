package io.omniroute.console.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The selected orders and the steps they allow: a step is enabled only when every selected order allows it. */
public final class QueueSelection {

    private final Supplier<List<QueueRow>> selected;
    private final ReadOnlyObjectProperty<Instant> now;
    private final ZoneId zone;
    private final Map<PickupAction, ReadOnlyBooleanWrapper> allowed = new EnumMap<>(PickupAction.class);
    private final ReadOnlyBooleanWrapper pickListAllowed = new ReadOnlyBooleanWrapper(this, "pickListAllowed");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    QueueSelection(Supplier<List<QueueRow>> selected, ReadOnlyObjectProperty<Instant> now, ZoneId zone) {
        this.selected = Objects.requireNonNull(selected, "selected");
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
        for (PickupAction action : PickupAction.values()) {
            allowed.put(action, new ReadOnlyBooleanWrapper(this, action.name(), false));
        }
    }

    /** Recomputes after the selection, the rows or the time changed. */
    void update() {
        List<QueueRow> rows = selected.get();
        Instant at = now.get();
        allowed.forEach((action, flag) -> flag.set(action.allowsAll(rows, at)));
        pickListAllowed.set(!rows.isEmpty() && rows.stream().allMatch(row ->
                PickupAction.TO_PICK.contains(row.status())
                        && row.pickup().lines().stream().anyMatch(line -> line.toPickQty() > 0)));
        hint.set(describe(rows, at));
    }

    /** The selected rows when every one allows the step; none otherwise, so a stale click does nothing. */
    List<QueueRow> allowed(PickupAction action) {
        List<QueueRow> rows = selected.get();
        return action.allowsAll(rows, now.get()) ? rows : List.of();
    }

    private String describe(List<QueueRow> rows, Instant at) {
        if (rows.isEmpty()) {
            return "";
        }
        String count = rows.size() == 1 ? rows.get(0).orderId() : rows.size() + " orders selected";
        if (rows.stream().anyMatch(QueueRow::pending)) {
            return count + " \u00b7 waiting for the backend to confirm the last step";
        }
        if (rows.size() == 1 && rows.get(0).status().equals("READY")
                && !NoShowHold.isOver(rows.get(0).pickup(), at)) {
            return count + " \u00b7 " + NoShowHold.describe(rows.get(0).pickup(), at, zone)
                    + ": a no-show can be called from then";
        }
        return count;
    }

    public String noShowQuestion() {
        int count = selected.get().size();
        return "Call " + (count == 1 ? selected.get().get(0).orderId() : count + " orders") + " a no-show? The units"
                + " go back to stock and every unit of the order is cancelled; this cannot be undone.";
    }

    public ReadOnlyBooleanProperty canAcceptProperty() {
        return allowed.get(PickupAction.ACCEPT).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMarkReadyProperty() {
        return allowed.get(PickupAction.READY).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRejectProperty() {
        return allowed.get(PickupAction.REJECT).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCollectProperty() {
        return allowed.get(PickupAction.COLLECTED).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNoShowProperty() {
        return allowed.get(PickupAction.NO_SHOW).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPickListProperty() {
        return pickListAllowed.getReadOnlyProperty();
    }

    /** What the selection is, and why a step is not offered yet (the no-show hold). */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
