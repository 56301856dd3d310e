package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.engine.scenario.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Writes positions to a CSV file (RFC 4180 quoting, a header row) in the order given. Rows are read in chunks under
 * the table's read lock and written outside it, so a long export never holds up sync. The file appears complete or
 * not at all: it is written beside the target and moved into place.
 */
public final class CsvExport {

    public static final List<String> HEADER = List.of("node_id", "node_name", "sku", "sku_name", "on_hand",
            "reserved", "safety_stock", "atp", "updated_at", "stale");

    /** Rows read per lock, and between two progress reports. */
    static final int CHUNK = 50_000;

    private CsvExport() {
    }

    /**
     * @param rows position-table rows, in the order to write
     * @param staleBefore epoch second: older updates are marked stale
     * @param progress told the number of rows written so far, after each chunk
     * @return the number of rows written
     */
    public static int write(Path file, PositionTable table, int[] rows, NetworkCatalog catalog, long staleBefore,
            IntConsumer progress) throws IOException {
        Objects.requireNonNull(file, "file");
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (CsvWriter csv = CsvWriter.open(partial)) {
            csv.header(HEADER);
            for (int from = 0; from < rows.length; from += CHUNK) {
                int to = Math.min(rows.length, from + CHUNK);
                for (PositionRecord record : read(table, rows, from, to, catalog, staleBefore)) {
                    writeRow(csv, record);
                }
                progress.accept(to);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return rows.length;
    }

    private static List<PositionRecord> read(PositionTable table, int[] rows, int from, int to,
            NetworkCatalog catalog, long staleBefore) {
        return table.read(view -> {
            List<PositionRecord> records = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                records.add(PositionRecord.read(view, rows[i], catalog, staleBefore));
            }
            return records;
        });
    }

    private static void writeRow(CsvWriter csv, PositionRecord record) throws IOException {
        csv.field(record.nodeId()).field(record.nodeName()).field(record.sku()).field(record.skuName())
                .field(record.onHand()).field(record.reserved()).field(record.safetyStock()).field(record.atp())
                .field(record.updatedAt().map(Instant::toString).orElse("")).field(record.stale()).endRow();
    }
}
