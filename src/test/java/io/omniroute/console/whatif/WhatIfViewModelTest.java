package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.task.DeferredTaskExecutor;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.whatif.Change;
import io.omniroute.engine.whatif.ChangeKind;
import io.omniroute.engine.whatif.Decisions;
import io.omniroute.engine.whatif.StockScope;
import io.omniroute.engine.whatif.Variant;
import io.omniroute.engine.whatif.WhatIfRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screen's state without the toolkit: a scenario folder baseline, variants, runs inline, the diff. */
class WhatIfViewModelTest {

    private static final Clock CLOCK = Clock.fixed(WhatIfScenarios.NOW, ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void aVariantWithNoChangesHasAnEmptyDiff() {
        WhatIfViewModel model = loaded(WhatIfScenarios.folder(temp, 200));
        model.variants().addVariant();

        model.run();

        assertThat(model.results().kpiRows()).isNotEmpty();
        assertThat(model.results().diff().rows()).isEmpty();
        assertThat(model.results().diff().countProperty().get()).startsWith("0 of 0 changed orders");
        assertThat(model.results().kpiRows()).allSatisfy(row -> assertThat(row.variants().get(0).judgement())
                .isEqualTo(KpiRow.Judgement.NEUTRAL));
    }

    @Test
    void closingANodeMovesExactlyTheOrdersItServedWhenNothingIsScarce() throws Exception {
        Scenario abundant = abundant(WhatIfScenarios.generated(300));
        Path folder = temp.resolve("abundant");
        io.omniroute.engine.scenario.ScenarioWriter.write(abundant, folder);
        String closed = busiest(abundant);
        WhatIfViewModel model = loaded(folder);
        model.variants().addVariant();
        choose(model, ChangeType.CLOSE_NODE, closed);
        model.variants().addChange();

        model.run();

        Decisions baseline = WhatIfRun.of(abundant).run(Variant.baseline()).decisions();
        Set<String> served = new HashSet<>();
        for (int i = 0; i < baseline.size(); i++) {
            if (baseline.nodeIds(i).contains(closed)) {
                served.add(baseline.orderId(i));
            }
        }
        // an unfilled order whose shortfall the closed node figured in is typed anew, its plan unchanged
        List<DiffRow> moved = model.results().diff().rows().stream()
                .filter(row -> !row.kinds().equals(Set.of(ChangeKind.EXCEPTIONS_CHANGED))).toList();
        assertThat(served).hasSizeGreaterThan(10);
        assertThat(moved).extracting(DiffRow::orderId).containsExactlyInAnyOrderElementsOf(served);
        assertThat(moved).allSatisfy(row -> {
            assertThat(row.kinds()).contains(ChangeKind.NODES_CHANGED);
            assertThat(row.after().nodes()).doesNotContain(closed);
        });
    }

    @Test
    void aChangeTheBaselineRefusesIsNotAddedAndTheEnginesReasonIsShown() {
        WhatIfViewModel model = loaded(WhatIfScenarios.folder(temp, 50));
        model.variants().addVariant();
        ChangeFormViewModel form = model.variants().form();
        form.typeProperty().set(ChangeType.SCALE_CARRIER_RATES);
        form.amountProperty().set("1");

        model.variants().addChange();

        assertThat(model.variants().selectedProperty().get().changes()).isEmpty();
        assertThat(form.errorProperty().get()).startsWith("Refused:").contains("factor 1", "changes nothing");
    }

    @Test
    void aBadNumberIsRefusedBeforeTheEngineIsAsked() {
        WhatIfViewModel model = loaded(WhatIfScenarios.folder(temp, 50));
        model.variants().addVariant();
        ChangeFormViewModel form = model.variants().form();
        form.typeProperty().set(ChangeType.SCALE_DEMAND);
        form.amountProperty().set("lots");

        model.variants().addChange();

        assertThat(form.errorProperty().get()).isEqualTo("'lots' is not a number: type a factor for the demand,"
                + " such as 1.2 or 120%.");
    }

    @Test
    void twoVariantsOfOneNameDoNotRun() {
        WhatIfViewModel model = loaded(WhatIfScenarios.folder(temp, 50));
        model.variants().addVariant();
        model.variants().addVariant();
        model.variants().selectedProperty().get().nameProperty().set("Variant 1");
        model.variants().renamed();

        model.run();

        assertThat(model.variants().nameProblemProperty().get()).contains("Two variants are named 'Variant 1'");
        assertThat(model.messageProperty().get()).contains("Two variants are named 'Variant 1'");
        assertThat(model.results().kpiRows()).isEmpty();
    }

    @Test
    void aCancelledRunKeepsTheLastResultsAndSaysSo() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        WhatIfViewModel model = new WhatIfViewModel(new NoCache(), executor, CLOCK, ZoneOffset.UTC);
        model.baseline().sourceProperty().set(BaselineSource.FOLDER);
        model.baseline().folderProperty().set(WhatIfScenarios.folder(temp, 200).toString());
        model.baseline().load();
        executor.runAll();
        model.variants().addVariant();
        model.run();

        model.cancel();
        executor.runAll();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.runStatusProperty().get()).startsWith("Cancelled");
        assertThat(model.results().kpiRows()).isEmpty();
    }

    @Test
    void aRunWaitsForTheBaselineBeingRead() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        WhatIfViewModel model = new WhatIfViewModel(new NoCache(), executor, CLOCK, ZoneOffset.UTC);
        model.baseline().sourceProperty().set(BaselineSource.FOLDER);
        model.baseline().folderProperty().set(WhatIfScenarios.folder(temp, 20).toString());
        model.baseline().load();

        model.run();

        assertThat(model.messageProperty().get()).isEqualTo("The baseline is still being read: run once it has"
                + " landed.");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.runBlockedBinding().get()).isTrue();
        executor.runAll();
        assertThat(model.runBlockedBinding().get()).isFalse();
    }

    @Test
    void openingAChangedOrderExplainsBothPlans() {
        WhatIfViewModel model = loaded(WhatIfScenarios.folder(temp, 300));
        model.variants().addVariant();
        choose(model, ChangeType.SCALE_STOCK, "");
        model.variants().form().amountProperty().set("40%");
        model.variants().addChange();
        model.run();
        DiffRow row = model.results().diff().rows().get(model.results().diff().rows().size() / 2);

        model.results().open(row);

        OrderDetailViewModel detail = model.results().detail();
        assertThat(detail.titleProperty().get()).startsWith("Order " + row.orderId());
        assertThat(detail.baseline().planProperty().get()).startsWith("Profile ");
        assertThat(detail.variant().planProperty().get()).startsWith("Profile ");
        assertThat(detail.baseline().verdicts()).isNotEmpty();
        assertThat(detail.variant().progressProperty().get()).isEqualTo(1.0);
        for (String node : row.after().nodes().split(", ")) {
            if (!node.equals("none")) {
                assertThat(detail.variant().planProperty().get()).contains("from " + node + ":");
            }
        }
    }

    @Test
    void theDiffFiltersByKindAndByOrderOrNodeId() {
        WhatIfViewModel model = loaded(WhatIfScenarios.folder(temp, 300));
        model.variants().addVariant();
        choose(model, ChangeType.SCALE_STOCK, "");
        model.variants().form().amountProperty().set("0.3");
        model.variants().addChange();
        model.run();
        DiffViewModel diff = model.results().diff();
        int all = diff.rows().size();
        KindFilter unfilled = diff.filters().stream()
                .filter(f -> f.kind().equals(Optional.of(ChangeKind.NEWLY_UNFILLED))).findFirst().orElseThrow();

        diff.filterProperty().set(unfilled);

        assertThat(diff.rows()).hasSize((int) unfilled.count()).hasSizeLessThan(all)
                .allSatisfy(row -> assertThat(row.kinds()).contains(ChangeKind.NEWLY_UNFILLED));
        String id = diff.rows().get(0).orderId();
        diff.searchProperty().set(id.toLowerCase());
        assertThat(diff.rows()).extracting(DiffRow::orderId).allMatch(found -> found.contains(id));
    }

    @Test
    void editsMarkTheStudyUnsavedAndTheResultsStale() {
        WhatIfViewModel model = loaded(WhatIfScenarios.folder(temp, 50));
        assertThat(model.unsavedWork()).isEmpty();
        model.variants().addVariant();
        model.run();
        assertThat(model.results().staleProperty().get()).isFalse();

        model.variants().duplicate();

        assertThat(model.unsavedWork()).hasValueSatisfying(q -> assertThat(q).contains("unsaved changes"));
        assertThat(model.results().staleProperty().get()).isTrue();
    }

    @Test
    void aBadScenarioFolderListsItsProblemsAndKeepsTheBaselineItHad() throws Exception {
        WhatIfViewModel model = loaded(WhatIfScenarios.folder(temp, 30));
        Baseline before = model.baseline().baselineProperty().get();
        Path bad = WhatIfScenarios.folder(temp.resolve("bad"), 30);
        java.util.List<String> inventory = java.nio.file.Files.readAllLines(bad.resolve("inventory.csv"));
        String[] fields = inventory.get(2).split(",", -1);
        fields[2] = "-5";
        inventory.set(2, String.join(",", fields));
        java.nio.file.Files.write(bad.resolve("inventory.csv"), inventory);

        model.baseline().folderProperty().set(bad.toString());
        model.baseline().load();

        assertThat(model.baseline().problems()).containsExactly("inventory.csv line 3 field on_hand: -5 is"
                + " negative: must be >= 0");
        assertThat(model.baseline().summaryProperty().get()).startsWith("1 problem in the scenario folder;"
                + " nothing was loaded.").contains("The baseline is still: Scenario folder ");
        assertThat(model.baseline().baselineProperty().get()).isSameAs(before);
    }

    static WhatIfViewModel loaded(Path folder) {
        WhatIfViewModel model = new WhatIfViewModel(new NoCache(), TaskExecutor.currentThread(), CLOCK,
                ZoneOffset.UTC);
        model.baseline().sourceProperty().set(BaselineSource.FOLDER);
        model.baseline().folderProperty().set(folder.toString());
        model.baseline().load();
        assertThat(model.baseline().baselineProperty().get()).as(model.baseline().summaryProperty().get())
                .isNotNull();
        return model;
    }

    static void choose(WhatIfViewModel model, ChangeType type, String nodeId) {
        ChangeFormViewModel form = model.variants().form();
        form.typeProperty().set(type);
        form.nodeProperty().set(nodeId.isEmpty() ? Choice.ANY : Choice.of(nodeId));
    }

    /** Stock a thousand times over and no capacity limits: every order's best plan stays open to it. */
    static Scenario abundant(Scenario scenario) {
        List<Change> changes = new ArrayList<>();
        changes.add(Change.scaleStock(StockScope.all(), 1000));
        for (Node node : scenario.nodes()) {
            if (node.dailyCapacity().isPresent()) {
                changes.add(Change.removeCapacityLimit(node.id()));
            }
        }
        return Variant.of("abundant", changes).apply(scenario);
    }

    static String busiest(Scenario scenario) {
        return WhatIfRun.of(scenario).run(Variant.baseline()).kpis().nodeUtilization().stream()
                .filter(n -> n.type() != io.omniroute.engine.model.NodeType.STORE || n.pickups() == 0)
                .max(java.util.Comparator.comparingLong(n -> n.shipments())).orElseThrow().nodeId();
    }
}
