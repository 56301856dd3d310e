package io.omniroute.console.whatif;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import io.omniroute.engine.rules.RulesWriter;
import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * rules.yaml edited in place: checked on every edit as the engine reads it (syntax, values, the cascade) and against
 * the baseline (excluded nodes and service levels must exist), each problem with its line and field. It starts from
 * the baseline's own rules, and can load a file instead.
 */
public final class RulesEditorViewModel {

    /** The name problems are reported under when the text was not loaded from a file. */
    static final String EDITED = "rules.yaml";

    private final TaskExecutor executor;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", EDITED);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private BaselineChoices choices = BaselineChoices.NONE;
    /** True while the text is set from the baseline, a file or a change, so only the user's typing says "edited". */
    private boolean replacing;
    private RuleSet baselineRules = RuleSet.builtIn();

    RulesEditorViewModel(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        text.addListener((observable, before, now) -> {
            check();
            if (!replacing) {
                status.set("Edited: not used until Add change");
            }
        });
        check();
    }

    /** A new baseline: its rules are where editing starts, and its nodes and service levels what rules may name. */
    void baselineChanged(BaselineChoices newChoices, RuleSet rules) {
        this.choices = Objects.requireNonNull(newChoices, "newChoices");
        this.baselineRules = Objects.requireNonNull(rules, "rules");
        if (text.get().isBlank()) {
            reset();
        } else {
            check();
        }
    }

    /** Back to the baseline's rules. */
    public void reset() {
        source.set(EDITED);
        replace(RulesWriter.toYaml(baselineRules));
        status.set("The baseline's rules");
    }

    /** Reads the file into the editor, in the background; problems are then named under its name. */
    public void load(Path file) {
        status.set("Reading " + file.getFileName() + "…");
        executor.execute(BackgroundTask.of("reading rules " + file, () -> Files.readString(file,
                        StandardCharsets.UTF_8))
                .onSuccess(read -> {
                    source.set(file.getFileName().toString());
                    replace(read);
                    status.set("Loaded " + file);
                })
                .onFailure(error -> status.set("Cannot read " + file + ": " + error.getMessage())));
    }

    /** Shows the rules of an existing change, to edit them. */
    void show(ChangeSpec.ReplaceRules rules) {
        source.set(rules.source());
        replace(rules.yaml());
        status.set("");
    }

    private void replace(String newText) {
        replacing = true;
        try {
            text.set(newText);
        } finally {
            replacing = false;
        }
    }

    /** The rules as a change, or empty while any problem stands. */
    Optional<ChangeSpec.ReplaceRules> build() {
        check();
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(ChangeSpec.ReplaceRules.parse(text.get(), source.get()));
    }

    private void check() {
        List<InputProblem> found;
        try {
            RuleSet rules = RulesReader.parse(text.get(), source.get());
            if (!choices.nodeIds().isEmpty()) {
                RulesReader.checkReferences(rules, choices.nodeIds(), choices.serviceLevels());
            }
            found = List.of();
        } catch (InvalidInputException e) {
            found = e.problems();
        }
        problems.setAll(found.stream().map(RulesEditorViewModel::describe).toList());
        valid.set(found.isEmpty());
    }

    /** {@code line 4 · profiles[0].objective.split_penalty: must be >= 0}. */
    static String describe(InputProblem problem) {
        StringBuilder text = new StringBuilder();
        if (problem.line() > 0) {
            text.append("line ").append(problem.line());
        }
        if (!problem.field().isEmpty()) {
            text.append(text.length() == 0 ? "" : " · ").append(problem.field());
        }
        return text.append(text.length() == 0 ? "" : ": ").append(problem.message()).toString();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Every problem of the text, each with its line and field; empty when the rules are good. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
