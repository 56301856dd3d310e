package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.task.TaskExecutor;
import io.omniroute.console.whatif.ChangeType.Field;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.whatif.StockScope;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the user types into the change form becomes a change, or a sentence saying what to fix. */
class ChangeFormViewModelTest {

    private final ChangeFormViewModel form = new ChangeFormViewModel(TaskExecutor.currentThread());

    @ParameterizedTest
    @CsvSource(textBlock = """
            1.5,   1.5
            150%,  1.5
            80 %,  0.8
            """)
    void factorsAreTypedAsNumbersOrPercentages(String typed, double factor) {
        form.typeProperty().set(ChangeType.SCALE_CARRIER_RATES);
        form.amountProperty().set(typed);

        assertThat(form.build()).contains(new ChangeSpec.ScaleCarrierRates(Optional.empty(), factor));
    }

    @Test
    void aDecimalCommaIsRefusedRatherThanGuessed() {
        form.typeProperty().set(ChangeType.SCALE_DEMAND);
        form.amountProperty().set("1,2");

        assertThat(form.build()).isEmpty();
        assertThat(form.errorProperty().get()).isEqualTo("'1,2' has a comma: type a factor for the demand with a"
                + " point for decimals, such as 1.2 or 120%.");
    }

    @Test
    void aCapacityMayBeTypedWithThousandsSeparators() {
        form.typeProperty().set(ChangeType.SET_CAPACITY);
        form.nodeProperty().set(Choice.of("DC-001"));
        form.amountProperty().set("1,200");

        assertThat(form.build()).contains(new ChangeSpec.SetCapacity("DC-001", OptionalInt.of(1200)));
    }

    @Test
    void aBlankCapacityLiftsTheLimit() {
        form.typeProperty().set(ChangeType.SET_CAPACITY);
        form.nodeProperty().set(Choice.of("DC-001"));

        assertThat(form.build()).contains(new ChangeSpec.SetCapacity("DC-001", OptionalInt.empty()));
    }

    @Test
    void aNodeChangeWithoutANodeSaysWhichToChoose() {
        form.typeProperty().set(ChangeType.CLOSE_NODE);

        assertThat(form.build()).isEmpty();
        assertThat(form.errorProperty().get()).isEqualTo("Choose the node to close.");
    }

    @Test
    void aStockMoveTakesItsItemsBySkuOrCategoryAndItsNodesFromAndTo() {
        form.typeProperty().set(ChangeType.MOVE_STOCK);
        form.nodeProperty().set(Choice.of("DC-001"));
        form.toNodeProperty().set(Choice.of("ST-0002"));
        form.categoryProperty().set(Choice.of("garden"));
        form.amountProperty().set("25%");

        assertThat(form.build()).contains(new ChangeSpec.MoveStock("DC-001", "ST-0002",
                StockScope.category("garden"), 0.25));
    }

    @Test
    void eachTypeShowsOnlyTheFieldsItNeeds() {
        form.typeProperty().set(ChangeType.SCALE_DEMAND);

        assertThat(form.showsProperty(Field.AMOUNT).get()).isTrue();
        assertThat(form.showsProperty(Field.SEED).get()).isTrue();
        assertThat(form.showsProperty(Field.NODE).get()).isFalse();
        assertThat(form.showsProperty(Field.RULES).get()).isFalse();
        assertThat(form.amountHintProperty().get()).isEqualTo("factor: 1.2 or 120%");
    }

    @Test
    void rulesWithProblemsAreRefusedWithTheirCount() {
        form.baselineChanged(BaselineChoices.of(WhatIfScenarios.generated(5)), RuleSet.builtIn());
        form.typeProperty().set(ChangeType.REPLACE_RULES);
        form.rules().textProperty().set("profiles:\n  - name: a\n    objective:\n      split_penalty: -1\n");

        assertThat(form.build()).isEmpty();
        assertThat(form.errorProperty().get()).isEqualTo("Fix the rules first: 1 problem listed under the editor.");
    }
}
