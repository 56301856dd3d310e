package io.omniroute.console.whatif;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.whatif.InvalidVariantException;
import io.omniroute.engine.whatif.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The study's variants: added, duplicated, renamed and removed, and each one's changes added (checked by the engine
 * against the baseline first, in the background, so a change that does not fit is refused with the engine's
 * reason), removed and reordered. Every edit is reported, so the study knows it has unsaved work.
 */
public final class VariantsViewModel {

    private final TaskExecutor executor;
    private final Runnable edited;
    private final ObservableList<VariantDraft> variants = FXCollections.observableArrayList(
            draft -> new Observable[] {draft.nameProperty(), draft.changes()});
    private final ObjectProperty<VariantDraft> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ChangeFormViewModel form;
    private Optional<Baseline> baseline = Optional.empty();

    VariantsViewModel(TaskExecutor executor, Runnable edited) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.edited = Objects.requireNonNull(edited, "edited");
        this.form = new ChangeFormViewModel(executor);
        variants.addListener((javafx.collections.ListChangeListener<VariantDraft>) change -> checkNames());
        selected.addListener((observable, before, now) -> {
            checkNames();
            showVariantRules();
        });
        form.typeProperty().addListener((observable, before, now) -> showVariantRules());
    }

    /** Editing the rules of a variant that already replaces them starts from its rules, not the baseline's. */
    private void showVariantRules() {
        VariantDraft draft = selected.get();
        if (draft != null && form.typeProperty().get() == ChangeType.REPLACE_RULES) {
            draft.changes().stream().filter(ChangeSpec.ReplaceRules.class::isInstance)
                    .map(ChangeSpec.ReplaceRules.class::cast).findFirst().ifPresent(form.rules()::show);
        }
    }

    void baselineChanged(Baseline newBaseline) {
        baseline = Optional.of(newBaseline);
        form.baselineChanged(BaselineChoices.of(newBaseline.scenario()),
                newBaseline.scenario().rules().orElseGet(io.omniroute.engine.rules.RuleSet::builtIn));
    }

    /** Replaces every variant (a study was opened or a new one begun). */
    void load(List<VariantDraft> drafts) {
        variants.setAll(drafts);
        selected.set(drafts.isEmpty() ? null : drafts.get(0));
    }

    public void addVariant() {
        VariantDraft draft = new VariantDraft(freeName("Variant "), List.of());
        variants.add(draft);
        selected.set(draft);
        edited.run();
    }

    public void duplicate() {
        VariantDraft original = selected.get();
        if (original != null) {
            VariantDraft copy = original.copy(freeName(original.name().strip() + " copy "));
            variants.add(variants.indexOf(original) + 1, copy);
            selected.set(copy);
            edited.run();
        }
    }

    public void remove() {
        VariantDraft gone = selected.get();
        if (gone != null) {
            int at = variants.indexOf(gone);
            variants.remove(gone);
            selected.set(variants.isEmpty() ? null : variants.get(Math.min(at, variants.size() - 1)));
            edited.run();
        }
    }

    /** The user typed a name: it must be unique, not blank and not "baseline". */
    public void renamed() {
        checkNames();
        edited.run();
    }

    /**
     * Adds the form's change to the selected variant once the engine accepts it on the baseline with the variant's
     * earlier changes. A variant has one set of rules, so new rules replace any it had.
     */
    public void addChange() {
        VariantDraft draft = selected.get();
        if (draft == null) {
            form.say("Add a variant first (Ctrl+N): changes belong to one.");
            return;
        }
        if (baseline.isEmpty()) {
            form.say("Load a baseline first: a change is checked against it.");
            return;
        }
        Optional<ChangeSpec> spec = form.build();
        if (spec.isEmpty()) {
            return;
        }
        List<ChangeSpec> next = new ArrayList<>(draft.changes());
        if (spec.get() instanceof ChangeSpec.ReplaceRules) {
            next.removeIf(ChangeSpec.ReplaceRules.class::isInstance);
        }
        next.add(spec.get());
        Baseline against = baseline.get();
        checking.set(true);
        form.say("Checking the change against the baseline…");
        executor.execute(BackgroundTask.of("checking a what-if change", () -> check(against, draft.name(), next))
                .onSuccess(problem -> added(draft, next, problem))
                .onFailure(error -> form.say("The change cannot be checked: " + error.getMessage()))
                .onFinished(() -> checking.set(false)));
    }

    /** The engine's refusal of the last change, or "" when the whole variant fits. */
    private static String check(Baseline baseline, String name, List<ChangeSpec> changes) {
        try {
            Variant.of("checked", changes.stream().map(ChangeSpec::toChange).toList()).apply(baseline.scenario());
            return "";
        } catch (InvalidVariantException e) {
            return String.join("\n", e.problems()).replace("variant 'checked'", "variant '" + name + "'");
        }
    }

    private void added(VariantDraft draft, List<ChangeSpec> next, String problem) {
        if (!problem.isEmpty()) {
            form.say("Refused: " + problem);
            return;
        }
        draft.changes().setAll(next);
        form.clearNumbers();
        edited.run();
    }

    public void removeChange(int index) {
        VariantDraft draft = selected.get();
        if (draft != null && index >= 0 && index < draft.changes().size()) {
            draft.changes().remove(index);
            edited.run();
        }
    }

    /** Moves a change up (-1) or down (+1): a later change sees the earlier ones. */
    public void moveChange(int index, int by) {
        VariantDraft draft = selected.get();
        int to = index + by;
        if (draft != null && index >= 0 && index < draft.changes().size() && to >= 0 && to < draft.changes().size()) {
            ChangeSpec moved = draft.changes().remove(index);
            draft.changes().add(to, moved);
            edited.run();
        }
    }

    /**
     * The engine's variants, in list order.
     *
     * @throws IllegalArgumentException naming the variant whose name cannot be run
     */
    List<Variant> toVariants() {
        List<Variant> result = new ArrayList<>();
        for (VariantDraft draft : variants) {
            String problem = nameProblem(draft);
            if (!problem.isEmpty()) {
                throw new IllegalArgumentException(problem);
            }
            result.add(draft.toVariant());
        }
        return result;
    }

    private void checkNames() {
        VariantDraft draft = selected.get();
        nameProblem.set(draft == null ? "" : nameProblem(draft));
    }

    private String nameProblem(VariantDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            return "A variant needs a name: the results are told apart by it.";
        }
        if (name.equalsIgnoreCase(Variant.BASELINE)) {
            return "'" + name + "' names the unchanged run every variant is compared with: choose another name.";
        }
        long same = variants.stream().filter(other -> other.name() != null && other.name().strip().equals(name))
                .count();
        return same > 1 ? "Two variants are named '" + name + "': the results are told apart by name." : "";
    }

    private String freeName(String prefix) {
        for (int n = 1; ; n++) {
            String name = prefix + n;
            if (variants.stream().noneMatch(v -> name.equals(v.name()))) {
                return name.strip();
            }
        }
    }

    public ObservableList<VariantDraft> variants() {
        return variants;
    }

    /** The variant being edited: the user's choice in the list. */
    public ObjectProperty<VariantDraft> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ChangeFormViewModel form() {
        return form;
    }
}
