package io.omniroute.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** The pieces report.html is made of: escaping and the SVG bar charts. */
class ReportPartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A&B <x> "q" 'a'   | A&amp;B &lt;x&gt; &quot;q&quot; &#39;a&#39;
            DC-001            | DC-001
            Zoë ≥ 5 – 7       | Zoë ≥ 5 – 7
            """)
    void textIsEscapedForXml(String text, String escaped) {
        assertThat(ReportXml.escape(text)).isEqualTo(escaped);
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharacters() {
        assertThat(ReportXml.escape("a\u0001b\uD800c\tok")).isEqualTo("a\uFFFDb\uFFFDc\tok");
    }

    @Test
    void aChartOfHostileLabelsIsWellFormed() throws Exception {
        String svg = ReportSvg.bars("<script>alert(1)</script> & more", List.of("a&b", "</svg>", "\"q\""),
                List.of(new ReportSvg.Series("base<1>", new double[] {1, 2, 3}),
                        new ReportSvg.Series("var&2", new double[] {3, 0, 1})),
                value -> value + " & <units>");

        Document document = parse(svg);

        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isEqualTo(6 + 2);
        assertThat(document.getDocumentElement().getTextContent()).contains("<script>alert(1)</script> & more");
    }

    @Test
    void theScaleIsARoundNumberAboveTheLargestValue() {
        assertThat(ReportSvg.scaleTop(List.of(new ReportSvg.Series("s", new double[] {0.9663, 0.9329}))))
                .isEqualTo(1.0);
        assertThat(ReportSvg.scaleTop(List.of(new ReportSvg.Series("s", new double[] {784, 427})))).isEqualTo(800);
        assertThat(ReportSvg.scaleTop(List.of(new ReportSvg.Series("s", new double[] {0, 0})))).isEqualTo(1);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
