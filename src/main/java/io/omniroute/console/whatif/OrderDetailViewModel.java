package io.omniroute.console.whatif;

import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.whatif.Variant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** An opened changed order: the baseline's plan and explanation beside the variant's. */
public final class OrderDetailViewModel {

    private final ExplanationSide baseline;
    private final ExplanationSide variant;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title",
            "Open a changed order (Enter or double-click) to see both plans and why");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private Optional<String> orderId = Optional.empty();

    OrderDetailViewModel(TaskExecutor executor) {
        this.baseline = new ExplanationSide(executor);
        this.variant = new ExplanationSide(executor);
    }

    void open(Replays replays, String variantName, DiffRow row) {
        orderId = Optional.of(row.orderId());
        title.set("Order " + row.orderId() + ": " + row.kindsText());
        open.set(true);
        baseline.open(replays.of(Variant.BASELINE), Variant.BASELINE, row.orderId(), row.before().present(),
                "Only the variant has this order: scaled demand copied it");
        variant.open(replays.of(variantName), variantName, row.orderId(), row.after().present(),
                "The variant does not have this order: scaled demand left it out");
    }

    /** The results changed or the user closed it: stop any replay and forget the order. */
    void close() {
        baseline.cancel();
        variant.cancel();
        orderId = Optional.empty();
        open.set(false);
        title.set("Open a changed order (Enter or double-click) to see both plans and why");
    }

    Optional<String> orderId() {
        return orderId;
    }

    public ExplanationSide baseline() {
        return baseline;
    }

    public ExplanationSide variant() {
        return variant;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
