package io.omniroute.console.whatif;

import io.omniroute.engine.scenario.CsvWriter;
import io.omniroute.engine.whatif.KpiDelta;
import io.omniroute.report.CompareDiffCsv;
import io.omniroute.report.ReportHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A study's results as files: the KPIs of every run in one CSV with raw numbers, one diff CSV per variant in the
 * format of {@code simulate --compare}'s diff.csv, and the same self-contained HTML report. Each file is written
 * beside its target and moved over it, so an export never leaves half a file.
 */
final class StudyExport {

    static final String KPIS = "whatif-kpis.csv";
    /** Changed orders listed per variant in the report; diff CSVs list all of them. */
    static final int REPORT_ORDERS = 200;

    private StudyExport() {
    }

    /** Writes the KPI CSV and a diff CSV per variant into the folder; returns the files written. */
    static List<Path> csv(StudyResults results, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Path kpis = folder.resolve(KPIS);
        AtomicFiles.write(kpis, file -> writeKpis(results, file));
        written.add(kpis);
        for (StudyResults.VariantResult variant : results.variants()) {
            Path diff = folder.resolve("whatif-diff-" + fileSafe(variant.name()) + ".csv");
            AtomicFiles.write(diff, file -> CompareDiffCsv.write(variant.comparison().diff(), file));
            written.add(diff);
        }
        return written;
    }

    private static void writeKpis(StudyResults results, Path file) throws IOException {
        List<List<KpiDelta>> deltas = KpiRows.deltas(results);
        List<String> header = new ArrayList<>(List.of("kpi", "measure", "baseline"));
        for (StudyResults.VariantResult variant : results.variants()) {
            header.add(variant.name());
            header.add(variant.name() + " difference");
        }
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.header(header);
            for (int r = 0; r < deltas.get(0).size(); r++) {
                KpiDelta first = deltas.get(0).get(r);
                csv.field(first.name()).field(first.measure().name()).field(first.baseline());
                for (int v = 0; v < results.variants().size(); v++) {
                    KpiDelta row = deltas.get(v).get(r);
                    csv.field(row.variant()).field(row.difference());
                }
                csv.endRow();
            }
        }
    }

    /** The HTML report of every variant; a study run without variants has nothing to compare and is refused. */
    static void html(StudyResults results, String title, String baseline, Path file) throws IOException {
        if (results.variants().isEmpty()) {
            throw new IllegalStateException("the study ran the baseline alone: add a variant to compare it with");
        }
        List<ReportHtml.Entry> entries = results.variants().stream()
                .map(v -> new ReportHtml.Entry(v.comparison(), v.variant().describe())).toList();
        String html = ReportHtml.render(title, baseline, entries, REPORT_ORDERS);
        AtomicFiles.write(file, target -> Files.writeString(target, html, StandardCharsets.UTF_8));
    }

    /** {@code close DC/009?} as {@code close-DC-009-}: a name every file system takes. */
    static String fileSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
