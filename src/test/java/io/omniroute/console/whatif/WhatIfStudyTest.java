package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study saved from the screen and opened again: variants back, results re-run and checked, bad files refused. */
class WhatIfStudyTest {

    @TempDir
    Path temp;

    @Test
    void anOpenedStudyRunsAgainAndItsResultsMatchTheSavedOnes() {
        WhatIfViewModel saving = studyWithResults();
        Path file = temp.resolve("close the busiest");

        saving.save(file);

        assertThat(saving.fileProperty().get()).isEqualTo(temp.resolve("close the busiest.whatif"));
        assertThat(saving.unsavedWork()).isEmpty();
        WhatIfViewModel opening = WhatIfViewModelTest.loaded(WhatIfScenarios.folder(temp, 40));
        opening.open(saving.fileProperty().get());
        assertThat(opening.variants().variants()).extracting(VariantDraft::name).containsExactly("Variant 1");
        assertThat(opening.results().kpiRows()).isEqualTo(saving.results().kpiRows());
        assertThat(opening.results().diff().rows()).isEqualTo(saving.results().diff().rows());
        assertThat(opening.messageProperty().get()).contains("they match the saved KPIs");
        assertThat(opening.baseline().summaryProperty().get()).contains("as saved in close the busiest.whatif");
        assertThat(opening.unsavedWork()).isEmpty();
    }

    @Test
    void aDamagedFileIsRefusedAndTheStudyShownStays() throws IOException {
        WhatIfViewModel model = studyWithResults();
        Path damaged = Files.writeString(temp.resolve("damaged.whatif"), "not a zip at all");

        model.open(damaged);

        assertThat(model.messageProperty().get()).startsWith("Cannot open " + damaged + ": 1 problem")
                .contains("damaged.whatif: is not a complete study file");
        assertThat(model.variants().variants()).hasSize(1);
        assertThat(model.results().kpiRows()).isNotEmpty();
    }

    @Test
    void exportsWriteTheKpisTheDiffAndTheReport() throws IOException {
        WhatIfViewModel model = studyWithResults();

        model.exportCsv(temp.resolve("out"));
        model.exportReport(temp.resolve("out/report.html"));

        assertThat(Files.readAllLines(temp.resolve("out/whatif-kpis.csv")).get(0))
                .isEqualTo("kpi,measure,baseline,Variant 1,Variant 1 difference");
        long changed = Files.lines(temp.resolve("out/whatif-diff-Variant-1.csv")).count() - 1;
        assertThat(changed).isEqualTo(model.results().diff().rows().size());
        assertThat(Files.readString(temp.resolve("out/report.html"))).contains("<table id=\"kpi-table\"");
        assertThat(model.messageProperty().get()).startsWith("Exported " + temp.resolve("out/report.html"));
    }

    private WhatIfViewModel studyWithResults() {
        WhatIfViewModel model = WhatIfViewModelTest.loaded(WhatIfScenarios.folder(temp, 150));
        model.variants().addVariant();
        WhatIfViewModelTest.choose(model, ChangeType.CLOSE_NODE,
                WhatIfViewModelTest.busiest(model.baseline().baselineProperty().get().scenario()));
        model.variants().addChange();
        model.run();
        assertThat(model.results().diff().rows()).isNotEmpty();
        return model;
    }
}
