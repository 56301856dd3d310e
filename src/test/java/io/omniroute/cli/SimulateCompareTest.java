package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omniroute.engine.scenario.CsvReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/** {@code simulate --compare} run in-process on a small generated scenario. */
class SimulateCompareTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final List<String> RUN_FILES = List.of("allocations.csv", "shipments.csv", "exceptions.csv",
            "kpis.json");

    @TempDir
    static Path temp;
    static Path scenario;
    static Path noStores;
    static Path out;
    static CommandRun compared;

    @BeforeAll
    static void generateAndCompare() throws IOException {
        scenario = temp.resolve("scenario");
        CommandRun generated = CommandRun.of("generate", "--out", scenario.toString(), "--nodes", "30", "--skus",
                "400", "--orders", "1500", "--seed", "7");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        noStores = Files.writeString(temp.resolve("no-stores.yaml"), """
                profiles:
                  - name: no-stores
                    filters:
                      node_types: [DC, DARK_STORE, THREE_PL, DROPSHIP_VENDOR]
                """);
        out = temp.resolve("compare");
        compared = CommandRun.of("simulate", "-q", "--scenario", scenario.toString(), "--compare",
                noStores.toString(), "--out", out.toString(), "--report-orders", "25");
    }

    @Test
    void compareWritesBothRunsTheDiffAndTheReport() {
        assertThat(compared.exitCode()).as(compared.err()).isZero();
        for (String file : RUN_FILES) {
            assertThat(out.resolve("baseline").resolve(file)).isRegularFile();
            assertThat(out.resolve("variant").resolve(file)).isRegularFile();
        }
        assertThat(out.resolve("diff.csv")).isRegularFile();
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(compared.out()).contains("baseline", "variant", "fill rate", "changed orders", "NODES_CHANGED");
    }

    @Test
    void eachRunWritesTheFilesSimulateWrites() throws IOException {
        Path plain = temp.resolve("plain");
        Path withRules = temp.resolve("with-rules");
        CommandRun.of("simulate", "-q", "--scenario", scenario.toString(), "--out", plain.toString());
        CommandRun.of("simulate", "-q", "--scenario", scenario.toString(), "--rules", noStores.toString(), "--out",
                withRules.toString());

        for (String file : RUN_FILES) {
            assertThat(Files.readAllBytes(out.resolve("baseline").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(plain.resolve(file)));
            assertThat(Files.readAllBytes(out.resolve("variant").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(withRules.resolve(file)));
        }
    }

    @Test
    void diffRowsAreExactlyTheOrdersWhoseDecisionsDiffer() throws IOException {
        Map<String, Outcome> before = outcomes(out.resolve("baseline"));
        Map<String, Outcome> after = outcomes(out.resolve("variant"));
        Set<String> differing = new TreeSet<>();
        for (String order : before.keySet()) {
            if (!before.get(order).sameAs(after.get(order))) {
                differing.add(order);
            }
        }

        List<Map<String, String>> diff = rows(out.resolve("diff.csv"));

        assertThat(differing).isNotEmpty();
        assertThat(diff).extracting(row -> row.get("order_id")).containsExactlyInAnyOrderElementsOf(differing);
        for (Map<String, String> row : diff) {
            Outcome old = before.get(row.get("order_id"));
            Outcome now = after.get(row.get("order_id"));
            assertThat(row.get("old_nodes")).isEqualTo(String.join(";", old.nodes()));
            assertThat(row.get("new_nodes")).isEqualTo(String.join(";", now.nodes()));
            assertThat(row.get("old_shipments")).isEqualTo(String.valueOf(old.nodes().size()));
            assertThat(row.get("new_shipments")).isEqualTo(String.valueOf(now.nodes().size()));
            assertThat(Double.parseDouble(row.get("old_cost"))).isCloseTo(old.cost(), within(0.001));
            assertThat(Double.parseDouble(row.get("new_cost"))).isCloseTo(now.cost(), within(0.001));
            assertThat(Double.parseDouble(row.get("cost_delta"))).isCloseTo(now.cost() - old.cost(), within(0.002));
            assertThat(row.get("old_promised_days")).isEqualTo(old.promise());
            assertThat(row.get("new_promised_days")).isEqualTo(now.promise());
            assertThat(row.get("change_kinds").contains("NODES_CHANGED"))
                    .isEqualTo(!Set.copyOf(old.nodes()).equals(Set.copyOf(now.nodes())));
        }
    }

    @Test
    void reportIsWellFormedXhtmlWithTheKpiTableAndCharts() throws Exception {
        Document report = parse(out.resolve("report.html"));

        Element kpis = byId(report, "kpi-table");
        assertThat(kpis.getTextContent()).contains("fill rate", "cost per order", "split rate");
        assertThat(kpis.getElementsByTagNameNS(XHTML, "tr").getLength()).isGreaterThan(10);
        assertThat(report.getElementsByTagNameNS(SVG, "svg").getLength()).isGreaterThanOrEqualTo(1);
        assertThat(report.getElementsByTagNameNS(SVG, "rect").getLength()).isGreaterThan(10);
        assertThat(byId(report, "changed-orders").getElementsByTagNameNS(XHTML, "tr").getLength()).isEqualTo(1 + 25);
        assertThat(byId(report, "node-type-table").getTextContent()).contains("DC", "STORE");
    }

    @Test
    void reportHasNoScriptAndFetchesNothing() throws IOException {
        String html = Files.readString(out.resolve("report.html"));

        assertThat(html).doesNotContain("<script", "http://cdn", "https://", "<link", "@import", "url(");
    }

    @Test
    void theSameComparisonGivesTheSameFiles() throws IOException {
        Path again = temp.resolve("again");
        CommandRun.of("simulate", "-q", "--scenario", scenario.toString(), "--compare", noStores.toString(),
                "--out", again.toString(), "--report-orders", "25");

        assertThat(Files.readAllBytes(again.resolve("diff.csv")))
                .isEqualTo(Files.readAllBytes(out.resolve("diff.csv")));
        assertThat(Files.readString(again.resolve("report.html")).replace(again.toString(), "OUT"))
                .isEqualTo(Files.readString(out.resolve("report.html")).replace(out.toString(), "OUT"));
    }

    @Test
    void aSecondComparisonReplacesTheResultsAndKeepsOtherFiles() throws IOException {
        Path folder = temp.resolve("twice");
        String[] args = {"simulate", "-q", "--scenario", scenario.toString(), "--compare", noStores.toString(),
            "--out", folder.toString()};
        CommandRun.of(args);
        Files.writeString(folder.resolve("notes.txt"), "keep me");
        Files.writeString(folder.resolve("baseline").resolve("stale.csv"), "old run");

        CommandRun second = CommandRun.of(args);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(folder.resolve("notes.txt")).hasContent("keep me");
        assertThat(folder.resolve("baseline").resolve("stale.csv")).doesNotExist();
        assertThat(folder.resolve("baseline").resolve("shipments.csv")).isRegularFile();
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".partial-"));
        }
    }

    @Test
    void invalidCompareRulesNameFileLineAndFieldAndWriteNothing() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.yaml"), """
                profiles:
                  - name: a
                    objective:
                      split_penalty: -1
                """);
        Path never = temp.resolve("never");

        CommandRun run = CommandRun.of("simulate", "--scenario", scenario.toString(), "--compare", bad.toString(),
                "--out", never.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nothing was written")
                .contains("bad.yaml line 4 field profiles[0].objective.split_penalty");
        assertThat(never).doesNotExist();
    }

    @Test
    void compareRulesNamingAnUnknownNodeNameTheComparedFile() throws IOException {
        Path typo = Files.writeString(temp.resolve("typo.yaml"), """
                profiles:
                  - name: a
                    filters:
                      exclude_nodes: [DC-999]
                """);

        CommandRun run = CommandRun.of("simulate", "--scenario", scenario.toString(), "--compare", typo.toString(),
                "--out", temp.resolve("never-typo").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("typo.yaml field profiles[0].filters.exclude_nodes").contains("DC-999");
    }

    @Test
    void missingCompareFileIsAClearError() {
        CommandRun run = CommandRun.of("simulate", "--scenario", scenario.toString(), "--compare",
                temp.resolve("missing.yaml").toString(), "--out", temp.resolve("never-missing").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.yaml: file not found");
        assertThat(temp.resolve("never-missing")).doesNotExist();
    }

    @Test
    void comparingTheBaselinesOwnRulesIsRefusedAsChangingNothing() throws IOException {
        Path same = Files.writeString(temp.resolve("same.yaml"), "profiles:\n  - name: a\n");

        CommandRun run = CommandRun.of("simulate", "--scenario", scenario.toString(), "--rules", same.toString(),
                "--compare", same.toString(), "--out", temp.resolve("never-same").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("same.yaml: change 1").contains("changes nothing");
        assertThat(temp.resolve("never-same")).doesNotExist();
    }

    @Test
    void outputThatIsAFileIsRefusedBeforeAnyWork() throws IOException {
        Path file = Files.writeString(temp.resolve("out-file.txt"), "not a folder");

        CommandRun run = CommandRun.of("simulate", "--scenario", scenario.toString(), "--compare", noStores.toString(),
                "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("out-file.txt").contains("not a folder").doesNotContain("Exception");
    }

    @Test
    void benchWhatIfTimesTheVariantAloneAndSideBySide() {
        StringWriter text = new StringWriter();
        CommandLine bench = new CommandLine(new CompareBenchCommand());
        bench.setOut(new PrintWriter(text, true));

        int code = bench.execute("--scenario", scenario.toString(), "--close", "DC-001", "--runs", "1");

        assertThat(code).isZero();
        assertThat(text.toString()).contains("variant: close node DC-001", "side by side", "median", "heap MB");
    }

    /** What a run's files say about one order. */
    private record Outcome(List<String> nodes, double cost, String promise, int units, Set<String> exceptions) {

        boolean sameAs(Outcome other) {
            return Set.copyOf(nodes).equals(Set.copyOf(other.nodes)) && nodes.size() == other.nodes.size()
                    && Math.abs(cost - other.cost) < 0.001 && promise.equals(other.promise) && units == other.units
                    && exceptions.equals(other.exceptions);
        }
    }

    private static Map<String, Outcome> outcomes(Path run) throws IOException {
        Map<String, List<Map<String, String>>> shipments = byOrder(rows(run.resolve("shipments.csv")));
        Map<String, List<Map<String, String>>> exceptions = byOrder(rows(run.resolve("exceptions.csv")));
        Map<String, Outcome> outcomes = new HashMap<>();
        for (Map<String, String> order : rows(scenario.resolve("orders.csv"))) {
            String id = order.get("order_id");
            List<String> nodes = new ArrayList<>();
            double cost = 0;
            int promise = -1;
            int units = 0;
            for (Map<String, String> shipment : shipments.getOrDefault(id, List.of())) {
                nodes.add(shipment.get("node_id"));
                cost += Double.parseDouble(shipment.get("total_cost"));
                promise = Math.max(promise, Integer.parseInt(shipment.get("promised_days")));
                units += Integer.parseInt(shipment.get("units"));
            }
            Set<String> types = new TreeSet<>();
            exceptions.getOrDefault(id, List.of()).forEach(row -> types.add(row.get("type")));
            outcomes.put(id, new Outcome(nodes, cost, promise < 0 ? "" : String.valueOf(promise), units, types));
        }
        return outcomes;
    }

    private static Map<String, List<Map<String, String>>> byOrder(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> byOrder = new HashMap<>();
        rows.forEach(row -> byOrder.computeIfAbsent(row.get("order_id"), id -> new ArrayList<>()).add(row));
        return byOrder;
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(file)) {
            List<String> header = csv.readHeader();
            while (csv.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), csv.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    private static Element byId(Document document, String id) {
        NodeList all = document.getElementsByTagNameNS(XHTML, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id);
    }
}
