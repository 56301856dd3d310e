package io.omniroute.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.whatif.Change;
import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.RunResult;
import io.omniroute.engine.whatif.StockScope;
import io.omniroute.engine.whatif.Variant;
import io.omniroute.engine.whatif.WhatIfRun;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A report of several variants of one baseline: one KPI table for all runs, a section per variant. */
class ReportHtmlVariantsTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static Document report;
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(20, 100, 400, 2, 3));
        Variant halfStock = Variant.of("half stock", Change.scaleStock(StockScope.all(), 0.5));
        Variant dearer = Variant.of("dearer <carriers>", Change.scaleCarrierRates(1.3));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<RunResult> runs;
        try {
            runs = WhatIfRun.of(scenario).runAll(List.of(Variant.baseline(), halfStock, dearer), pool);
        } finally {
            pool.shutdown();
        }
        html = ReportHtml.render("generated & small", "the cached snapshot", List.of(
                new ReportHtml.Entry(Comparison.of(halfStock, runs.get(0), runs.get(1)), halfStock.describe()),
                new ReportHtml.Entry(Comparison.of(dearer, runs.get(0), runs.get(2)), dearer.describe())), 10);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        report = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theKpiTableHasAValueAndADifferenceColumnPerVariant() {
        Element table = byId("kpi-table");
        NodeList headers = table.getElementsByTagNameNS(XHTML, "th");

        assertThat(headers.getLength()).isEqualTo(2 + 2 * 2);
        assertThat(headers.item(2).getTextContent()).isEqualTo("half stock");
        assertThat(headers.item(5).getTextContent()).isEqualTo("difference (dearer <carriers>)");
    }

    @Test
    void eachVariantHasItsOwnCostAndDiffSectionsWithUniqueIds() {
        assertThat(byId("costs-1").getTextContent()).contains("Cost per order: half stock");
        assertThat(byId("diff-2").getTextContent()).contains("Changed orders: dearer <carriers>");
        assertThat(byId("changed-orders-2").getElementsByTagNameNS(XHTML, "tr").getLength()).isEqualTo(1 + 10);
        Set<String> ids = new HashSet<>();
        NodeList all = report.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertThat(ids.add(id)).as("id %s is unique", id).isTrue();
            }
        }
    }

    @Test
    void theMainKpiChartsHaveABarPerRun() {
        Element charts = byId("kpi-charts");
        NodeList titles = charts.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
        int fillRateBars = 0;
        for (int i = 0; i < titles.getLength(); i++) {
            if (titles.item(i).getTextContent().contains(", fill rate:")) {
                fillRateBars++;
            }
        }
        assertThat(fillRateBars).isEqualTo(3);
        assertThat(html).doesNotContain("<script", "https://", "url(");
    }

    private static Element byId(String id) {
        NodeList all = report.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id);
    }
}
