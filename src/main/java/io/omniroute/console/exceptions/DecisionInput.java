package io.omniroute.console.exceptions;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The planner's word on a decision, the same in every dialog of the screen: a reason code (preset to the one that
 * fits), a note, and, for a plan that misses the promise, an explicit yes.
 */
public final class DecisionInput {

    private final ObjectProperty<ReasonCode> reason;
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty lateAccepted = new SimpleBooleanProperty(this, "lateAccepted", false);

    DecisionInput(ReasonCode suggested) {
        this.reason = new SimpleObjectProperty<>(this, "reason", suggested);
    }

    /** True while the planner has said enough: a reason, and for a late plan the yes and a note saying why. */
    BooleanBinding given(ObservableValue<Boolean> late) {
        return Bindings.createBooleanBinding(() -> reason.get() != null
                && (!Boolean.TRUE.equals(late.getValue()) || (lateAccepted.get() && !note.get().isBlank())),
                reason, lateAccepted, note, late);
    }

    /** The command's reason: the code, then the note. */
    String reasonText() {
        return reason.get() == null ? "" : reason.get().reason(note.get());
    }

    public ObjectProperty<ReasonCode> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty lateAcceptedProperty() {
        return lateAccepted;
    }
}
