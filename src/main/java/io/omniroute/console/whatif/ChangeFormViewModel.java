package io.omniroute.console.whatif;

import io.omniroute.console.task.TaskExecutor;
import io.omniroute.console.whatif.ChangeType.Field;
import io.omniroute.engine.whatif.StockScope;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form a change is made with: its type, the pickers and numbers that type asks for, and the rules editor. It
 * turns what the user typed into a {@link ChangeSpec}, or says what is missing; whether the change fits the
 * baseline is the engine's to say, when the variant adds it.
 */
public final class ChangeFormViewModel {

    private final ObjectProperty<ChangeType> type = new SimpleObjectProperty<>(this, "type", ChangeType.CLOSE_NODE);
    private final ObjectProperty<Choice> node = new SimpleObjectProperty<>(this, "node");
    private final ObjectProperty<Choice> toNode = new SimpleObjectProperty<>(this, "toNode");
    private final ObjectProperty<Choice> sku = new SimpleObjectProperty<>(this, "sku", Choice.ANY);
    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>(this, "category", Choice.ANY);
    private final ObjectProperty<Choice> carrier = new SimpleObjectProperty<>(this, "carrier", Choice.ANY);
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final ReadOnlyStringWrapper amountHint = new ReadOnlyStringWrapper(this, "amountHint", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Map<Field, ReadOnlyBooleanWrapper> shown = new EnumMap<>(Field.class);
    private final RulesEditorViewModel rules;
    private final ReadOnlyObjectWrapper<BaselineChoices> choices = new ReadOnlyObjectWrapper<>(this, "choices",
            BaselineChoices.NONE);

    ChangeFormViewModel(TaskExecutor executor) {
        this.rules = new RulesEditorViewModel(executor);
        for (Field field : Field.values()) {
            shown.put(field, new ReadOnlyBooleanWrapper(this, field.name().toLowerCase(java.util.Locale.ROOT)));
        }
        type.addListener((observable, before, now) -> typeChanged());
        typeChanged();
    }

    private void typeChanged() {
        ChangeType now = type.get() == null ? ChangeType.CLOSE_NODE : type.get();
        shown.forEach((field, flag) -> flag.set(now.asks(field)));
        amountHint.set(now.amountHint());
        error.set("");
    }

    /** The change the form describes, or empty with {@link #errorProperty()} saying what to fix. */
    Optional<ChangeSpec> build() {
        error.set("");
        try {
            return Optional.of(spec());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private ChangeSpec spec() {
        ChangeType chosen = type.get();
        return switch (chosen) {
            case CLOSE_NODE -> new ChangeSpec.CloseNode(required(node, "the node to close"));
            case OPEN_NODE -> new ChangeSpec.OpenNode(required(node, "the node to open for shipping"));
            case SET_CAPACITY -> new ChangeSpec.SetCapacity(required(node, "the node"), Amounts.capacity(amount.get()));
            case SCALE_CAPACITY -> new ChangeSpec.ScaleCapacity(required(node, "the node"),
                    Amounts.factor(amount.get(), "a factor for its capacity", "1.5 or 150%"));
            case SCALE_STOCK -> new ChangeSpec.ScaleStock(new StockScope(optional(node), optional(sku),
                    optional(category)), Amounts.factor(amount.get(), "a factor for the stock", "0.8 or 80%"));
            case MOVE_STOCK -> new ChangeSpec.MoveStock(required(node, "the node the stock leaves"),
                    required(toNode, "the node the stock goes to"),
                    new StockScope(Optional.empty(), optional(sku), optional(category)),
                    Amounts.factor(amount.get(), "the share to move", "0.5 or 50%"));
            case SCALE_CARRIER_RATES -> new ChangeSpec.ScaleCarrierRates(optional(carrier),
                    Amounts.factor(amount.get(), "a factor for the rates", "1.1 or 110%"));
            case SCALE_DEMAND -> new ChangeSpec.ScaleDemand(
                    Amounts.factor(amount.get(), "a factor for the demand", "1.2 or 120%"), Amounts.seed(seed.get()));
            case REPLACE_RULES -> rules.build().orElseThrow(() -> new IllegalArgumentException(
                    "Fix the rules first: " + rules.problems().size() + " problem"
                            + (rules.problems().size() == 1 ? "" : "s") + " listed under the editor."));
        };
    }

    private static String required(ObjectProperty<Choice> picker, String what) {
        Choice chosen = picker.get();
        if (chosen == null || chosen.isAny()) {
            throw new IllegalArgumentException("Choose " + what + ".");
        }
        return chosen.id();
    }

    private static Optional<String> optional(ObjectProperty<Choice> picker) {
        Choice chosen = picker.get();
        return chosen == null || chosen.isAny() ? Optional.empty() : Optional.of(chosen.id());
    }

    /** A new baseline: its nodes, SKUs, categories and carriers are what the pickers offer. */
    void baselineChanged(BaselineChoices newChoices, io.omniroute.engine.rules.RuleSet baselineRules) {
        choices.set(newChoices);
        rules.baselineChanged(newChoices, baselineRules);
    }

    /** Ready for the next change: the type and pickers stay (a second node is often closed next), numbers go. */
    void clearNumbers() {
        amount.set("");
        error.set("");
    }

    void say(String message) {
        error.set(message);
    }

    public ObjectProperty<ChangeType> typeProperty() {
        return type;
    }

    public ObjectProperty<Choice> nodeProperty() {
        return node;
    }

    public ObjectProperty<Choice> toNodeProperty() {
        return toNode;
    }

    public ObjectProperty<Choice> skuProperty() {
        return sku;
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public ObjectProperty<Choice> carrierProperty() {
        return carrier;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Whether the chosen type asks for this field. */
    public ReadOnlyBooleanProperty showsProperty(Field field) {
        return shown.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountHintProperty() {
        return amountHint.getReadOnlyProperty();
    }

    /** What is wrong with the change last added, in a sentence; "" when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the pickers offer: the baseline's nodes, SKUs, categories and carriers. */
    public ReadOnlyObjectProperty<BaselineChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public RulesEditorViewModel rules() {
        return rules;
    }
}
