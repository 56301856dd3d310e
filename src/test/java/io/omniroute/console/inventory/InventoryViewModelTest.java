package io.omniroute.console.inventory;

import static io.omniroute.console.inventory.TestNetwork.FRESH;
import static io.omniroute.console.inventory.TestNetwork.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryViewModelTest {

    @TempDir
    Path dir;

    private final PositionTable table = TestNetwork.table();
    private final ConsolePreferences preferences = ConsolePreferences.inMemory();
    private final InventoryViewModel viewModel = new InventoryViewModel(table, TestNetwork::catalog,
            ZipDirectory.bundled(), preferences, TaskExecutor.currentThread(),
            Clock.fixed(TestNetwork.NOW, ZoneOffset.UTC), Duration.ZERO);

    private List<String> shown() {
        return viewModel.rows().stream().map(record -> record.nodeId() + "/" + record.sku()).toList();
    }

    @Test
    void showsEveryPositionWithTheCountOnceActive() {
        viewModel.activate();

        assertThat(viewModel.rows()).hasSize(7);
        assertThat(viewModel.countTextProperty().get()).isEqualTo("7 of 7 positions");
        assertThat(viewModel.queryTimeTextProperty().get()).matches("query \\d+ ms");
    }

    @Test
    void buildsRecordsWithNamesAndTheStaleFlag() {
        viewModel.activate();

        assertThat(viewModel.rows().get(4)).isEqualTo(new PositionRecord(2, "ST-002", "Store Manhattan", "SKU-1",
                "Mug, blue", 10, 5, 2, 3, TestNetwork.OLD.getEpochSecond(), true));
    }

    @Test
    void typingInTheFilterNarrowsTheRows() {
        viewModel.activate();

        viewModel.filters().textProperty().set("lamp");

        assertThat(shown()).containsExactly("DC-001/SKU-2", "DS-003/SKU-2", "ST-004/SKU-2");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("3 of 7 positions");
    }

    @Test
    void lowAtpFiltersOnlyWhileTicked() {
        viewModel.activate();
        viewModel.filters().lowAtpThresholdProperty().set(0);
        assertThat(viewModel.rows()).hasSize(7);

        viewModel.filters().lowAtpOnlyProperty().set(true);

        assertThat(shown()).containsExactly("DC-001/SKU-3");
    }

    @Test
    void sortingByAColumnReordersTheRows() {
        viewModel.activate();

        viewModel.sortBy(PositionSort.descending(PositionColumn.ATP));

        assertThat(shown().get(0)).isEqualTo("DC-001/SKU-2");
    }

    @Test
    void aLiveUpdateKeepsTheSelectedPositionWhereverItMoves() {
        viewModel.activate();
        viewModel.sortBy(PositionSort.ascending(PositionColumn.ATP));
        viewModel.select(0);
        int selected = viewModel.rows().rowAt(0);

        table.upsert(List.of(position("DC-001", "SKU-3", 500, FRESH)));
        viewModel.positionsChanged(new int[] {selected});

        assertThat(viewModel.selectedIndexProperty().get()).isEqualTo(6);
        assertThat(viewModel.selectedRow()).hasValue(selected);
        assertThat(viewModel.lastQueryProperty().get().liveUpdate()).isTrue();
        assertThat(viewModel.rows().get(6).atp()).isEqualTo(500);
    }

    @Test
    void aSelectionFilteredAwayIsCleared() {
        viewModel.activate();
        viewModel.select(0);

        viewModel.filters().textProperty().set("tent");

        assertThat(viewModel.selectedIndexProperty().get()).isEqualTo(-1);
        assertThat(viewModel.selectedRow()).isEmpty();
    }

    @Test
    void selectingAPositionShowsItsSkuAcrossTheNetwork() {
        viewModel.activate();

        viewModel.select(1);

        assertThat(viewModel.network().skuProperty().get()).isEqualTo("SKU-2");
    }

    @Test
    void changesWhileHiddenWaitUntilTheScreenIsShownAgain() {
        viewModel.activate();
        viewModel.deactivate();
        table.remove(List.of("DC-001|SKU-1"));
        viewModel.positionsChanged(new int[] {3});
        assertThat(viewModel.rows()).hasSize(7);

        viewModel.activate();

        assertThat(viewModel.rows()).hasSize(6);
    }

    @Test
    void revealingASkuFiltersSelectsAndOpensItsNetwork() {
        viewModel.activate();
        viewModel.filters().nodeTypeProperty().set("STORE");
        viewModel.networkShownProperty().set(false);

        viewModel.revealSku("SKU-2");

        assertThat(shown()).containsExactly("DC-001/SKU-2", "DS-003/SKU-2", "ST-004/SKU-2");
        assertThat(viewModel.selectedIndexProperty().get()).isZero();
        assertThat(viewModel.networkShownProperty().get()).isTrue();
        assertThat(viewModel.network().skuProperty().get()).isEqualTo("SKU-2");
    }

    @Test
    void aFailedExportSaysWhy() {
        viewModel.activate();
        Path file = dir.resolve("missing-folder").resolve("out.csv");

        viewModel.export(file);

        assertThat(viewModel.exports().statusProperty().get()).startsWith("Export to " + file + " failed: ");
        assertThat(viewModel.exports().runningProperty().get()).isFalse();
    }

    @Test
    void theStaleAgeComesFromThePreferencesAndIsSavedThere() {
        preferences.put(InventoryViewModel.STALE_HOURS_KEY, "72");
        InventoryViewModel configured = new InventoryViewModel(table, TestNetwork::catalog, ZipDirectory.bundled(),
                preferences, TaskExecutor.currentThread(), Clock.fixed(TestNetwork.NOW, ZoneOffset.UTC));
        assertThat(configured.staleHoursProperty().get()).isEqualTo(72);

        configured.staleHoursProperty().set(12);

        assertThat(preferences.get(InventoryViewModel.STALE_HOURS_KEY)).hasValue("12");
    }

    @Test
    void theStaleAgeDecidesTheStaleFilter() {
        viewModel.activate();
        viewModel.filters().staleOnlyProperty().set(true);
        assertThat(viewModel.rows()).hasSize(2);

        viewModel.staleHoursProperty().set(1);

        assertThat(shown()).containsExactly("DC-001/SKU-2", "ST-002/SKU-1", "ST-002/SKU-3");
    }

    @Test
    void exportsTheRowsShownAndReportsTheCount() throws IOException {
        viewModel.activate();
        viewModel.filters().textProperty().set("mug");
        Path file = dir.resolve(viewModel.defaultExportFileName());

        viewModel.export(file);

        assertThat(file.getFileName().toString()).isEqualTo("inventory-20260302-1200.csv");
        assertThat(Files.readAllLines(file)).hasSize(3);
        assertThat(viewModel.exports().statusProperty().get())
                .isEqualTo("Exported 2 positions to inventory-20260302-1200.csv");
        assertThat(viewModel.exports().runningProperty().get()).isFalse();
    }
}
