package io.omniroute.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.model.PositionTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    @TempDir
    Path dir;

    private final PositionTable table = TestNetwork.table();

    @Test
    void writesAHeaderAndTheRowsInTheGivenOrderWithQuotedNames() throws IOException {
        Path file = dir.resolve("out.csv");

        int written = CsvExport.write(file, table, new int[] {6, 3}, TestNetwork.catalog(), TestNetwork.STALE_BEFORE,
                done -> { });

        assertThat(written).isEqualTo(2);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "node_id,node_name,sku,sku_name,on_hand,reserved,safety_stock,atp,updated_at,stale",
                "DC-001,Omniroute DC Dallas,SKU-2,\"desk \"\"Pro\"\" lamp\",127,5,2,120,2026-03-02T10:59:00Z,false",
                "DC-001,Omniroute DC Dallas,SKU-1,\"Mug, blue\",10,5,2,3,2026-03-02T11:00:00Z,false");
    }

    @Test
    void anUnknownUpdateIsBlankAndStale() throws IOException {
        Path file = dir.resolve("out.csv");

        CsvExport.write(file, table, new int[] {5}, TestNetwork.catalog(), TestNetwork.STALE_BEFORE, done -> { });

        assertThat(Files.readAllLines(file).get(1)).isEqualTo("ST-002,Store Manhattan,SKU-3,Alpine Tent,10,5,2,3,,true");
    }

    @Test
    void reportsProgressAfterEachChunk() throws IOException {
        List<Integer> reports = new ArrayList<>();

        CsvExport.write(dir.resolve("out.csv"), table, new int[] {0, 1, 2}, TestNetwork.catalog(),
                TestNetwork.STALE_BEFORE, reports::add);

        assertThat(reports).containsExactly(3);
    }

    @Test
    void leavesNoPartialFileBehind() throws IOException {
        CsvExport.write(dir.resolve("out.csv"), table, new int[] {0}, TestNetwork.catalog(), TestNetwork.STALE_BEFORE,
                done -> { });

        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("out.csv");
        }
    }
}
