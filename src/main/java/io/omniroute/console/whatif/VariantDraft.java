package io.omniroute.console.whatif;

import io.omniroute.engine.whatif.Variant;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A variant as the user builds it: a name and changes in order (a later change sees the earlier ones). */
public final class VariantDraft {

    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final ObservableList<ChangeSpec> changes = FXCollections.observableArrayList();

    VariantDraft(String name, List<ChangeSpec> changes) {
        this.name.set(name);
        this.changes.setAll(changes);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String name() {
        return name.get();
    }

    public ObservableList<ChangeSpec> changes() {
        return changes;
    }

    /** The engine's variant; throws IllegalArgumentException for a name the engine refuses. */
    Variant toVariant() {
        return Variant.of(name.get().strip(), changes.stream().map(ChangeSpec::toChange).toList());
    }

    VariantDraft copy(String newName) {
        return new VariantDraft(newName, List.copyOf(changes));
    }

    /** The list shows the name and how many changes it makes. */
    @Override
    public String toString() {
        int count = changes.size();
        return name.get() + "  (" + (count == 0 ? "no changes" : count + (count == 1 ? " change" : " changes")) + ")";
    }
}
