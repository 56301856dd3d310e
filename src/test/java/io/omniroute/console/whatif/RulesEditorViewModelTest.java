package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules.yaml edited in place: every problem with its line and field, the baseline's nodes checked. */
class RulesEditorViewModelTest {

    private static final Scenario SCENARIO = WhatIfScenarios.generated(5);

    @TempDir
    Path temp;

    private final RulesEditorViewModel editor = new RulesEditorViewModel(TaskExecutor.currentThread());

    @Test
    void editingStartsFromTheBaselinesRulesWhichReadWell() {
        editor.baselineChanged(BaselineChoices.of(SCENARIO), RuleSet.builtIn());

        assertThat(editor.textProperty().get()).contains("profiles:");
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.problems()).isEmpty();
    }

    @Test
    void everyProblemIsListedWithItsLineAndField() {
        editor.baselineChanged(BaselineChoices.of(SCENARIO), RuleSet.builtIn());

        editor.textProperty().set("""
                profiles:
                  - name: a
                    objective:
                      split_penalty: -1
                      unfilled_penalty: lots
                """);

        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("line 4 · profiles[0].objective.split_penalty: "))
                .anySatisfy(p -> assertThat(p).startsWith("line 5 · profiles[0].objective.unfilled_penalty: "));
        assertThat(editor.statusProperty().get()).isEqualTo("Edited: not used until Add change");
    }

    @Test
    void aNodeTheBaselineLacksIsAProblem() {
        editor.baselineChanged(BaselineChoices.of(SCENARIO), RuleSet.builtIn());

        editor.textProperty().set("""
                profiles:
                  - name: a
                    filters:
                      exclude_nodes: [NOPE-1]
                """);

        assertThat(editor.problems()).singleElement().satisfies(p -> assertThat(p).contains("NOPE-1"));
    }

    @Test
    void aLoadedFilesProblemsAreNamedUnderItsName() throws Exception {
        Path file = Files.writeString(temp.resolve("dearer.yaml"), "profiles: [oops\n");

        editor.load(file);

        assertThat(editor.sourceProperty().get()).isEqualTo("dearer.yaml");
        assertThat(editor.problems()).singleElement().satisfies(p -> assertThat(p).contains("not valid YAML"));
        assertThat(editor.statusProperty().get()).isEqualTo("Loaded " + file);
    }

    @Test
    void aVariantThatReplacesTheRulesShowsItsOwnWhenTheRulesAreEdited() {
        WhatIfViewModel model = WhatIfViewModelTest.loaded(WhatIfScenarios.folder(temp, 20));
        VariantsViewModel variants = model.variants();
        variants.addVariant();
        variants.form().typeProperty().set(ChangeType.REPLACE_RULES);
        variants.form().rules().textProperty().set("profiles:\n  - name: only-dcs\n    filters:\n"
                + "      node_types: [DC]\n");
        variants.addChange();
        variants.addVariant();
        assertThat(variants.form().rules().textProperty().get()).contains("only-dcs");
        variants.form().rules().reset();

        variants.selectedProperty().set(variants.variants().get(0));

        assertThat(variants.form().rules().textProperty().get()).contains("only-dcs");
    }
}
