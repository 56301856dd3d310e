package io.omniroute.engine.scenario;

import static io.omniroute.engine.scenario.ScenarioFiles.INVENTORY;
import static io.omniroute.engine.scenario.ScenarioFiles.INVENTORY_COLUMNS;

import io.omniroute.engine.model.InventoryPosition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads inventory.csv: one stock position per node+SKU pair. */
final class InventoryReader {

    private InventoryReader() {
    }

    static List<InventoryPosition> read(Path dir, Keys nodeIds, Keys skuIds, Problems problems) throws IOException {
        Optional<CsvTable> opened = CsvTable.open(dir, INVENTORY, INVENTORY_COLUMNS, problems);
        if (opened.isEmpty()) {
            return List.of();
        }
        List<InventoryPosition> positions = new ArrayList<>();
        PairLines seen = new PairLines(nodeIds.size(), skuIds.size());
        try (CsvTable table = opened.get()) {
            int[] c = NetworkReader.columns(table, INVENTORY_COLUMNS);
            while (table.next()) {
                int node = table.reference(c[0], nodeIds);
                int sku = table.reference(c[1], skuIds);
                int onHand = table.intAtLeast(c[2], 0);
                int safetyStock = table.intAtLeast(c[3], 0);
                if (node < 0 || sku < 0) {
                    continue;
                }
                int earlier = seen.putIfAbsent(node, sku, table.line());
                if (earlier > 0) {
                    table.reject("node_id+sku", "duplicate " + nodeIds.id(node) + "+" + skuIds.id(sku)
                            + ": already on line " + earlier + " (one row per node_id+sku)");
                }
                if (table.rowOk() && problems.isEmpty()) {
                    positions.add(new InventoryPosition(nodeIds.id(node), skuIds.id(sku), onHand, safetyStock));
                }
            }
        }
        return positions;
    }
}
