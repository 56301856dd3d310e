package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.task.TaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PickListViewModelTest {

    @TempDir
    Path dir;

    private final PickListViewModel model = new PickListViewModel(PickList.of("ST-1", "LA Store",
            List.of(Pickups.pickup("O-1").line(1, "SKU-1", 2).build()), Pickups.catalog()::skuName, Pickups.NOW),
            TaskExecutor.currentThread(), ZoneOffset.UTC);

    @Test
    void savesThePickListAsAPdfAndSaysWhere() throws IOException {
        Path file = dir.resolve(model.defaultFileName());

        model.exportPdf(file);

        assertThat(file.getFileName().toString()).isEqualTo("picklist-ST-1-20260302-1200.pdf");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4")
                .contains("(Desk lamp) Tj");
        assertThat(model.statusProperty().get()).isEqualTo("Saved " + file);
        assertThat(model.exportingProperty().get()).isFalse();
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInTheStatus() {
        model.exportPdf(dir.resolve("missing").resolve("list.pdf"));

        assertThat(model.statusProperty().get()).startsWith("Cannot save");
    }

    @Test
    void withoutAPrinterTheUserIsToldToSaveAPdf() {
        model.noPrinter();

        assertThat(model.statusProperty().get()).startsWith("No printer is set up");
        assertThat(model.title()).isEqualTo("Pick list \u00b7 1 order \u00b7 2 units");
    }
}
