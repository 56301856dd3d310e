package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reads the written PDFs back by their structure, as a reader would: trailer, xref table, objects, streams. */
class PdfWriterTest {

    @Test
    void everyXrefOffsetPointsAtItsObject() {
        String pdf = text(twoPages());

        List<Long> offsets = xrefOffsets(pdf);
        assertThat(offsets).hasSize(objectCount(pdf));
        for (int number = 1; number <= offsets.size(); number++) {
            assertThat(pdf.substring(Math.toIntExact(offsets.get(number - 1)))).startsWith(number + " 0 obj\n");
        }
    }

    @Test
    void theHeaderTrailerAndStartxrefAreThoseOfAPdf14() {
        String pdf = text(twoPages());

        assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);
        assertThat(start.find()).isTrue();
        assertThat(pdf.substring(Integer.parseInt(start.group(1)))).startsWith("xref\n0 " + (objectCount(pdf) + 1)
                + "\n0000000000 65535 f\r\n");
        assertThat(pdf).contains("trailer\n<< /Size " + (objectCount(pdf) + 1) + " /Root 1 0 R >>");
    }

    @Test
    void eachStreamsLengthIsItsByteCount() {
        String pdf = text(twoPages());

        Matcher stream = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(pdf);
        int streams = 0;
        while (stream.find()) {
            int length = Integer.parseInt(stream.group(1));
            assertThat(pdf.substring(stream.end() + length)).startsWith("\nendstream\nendobj\n");
            streams++;
        }
        assertThat(streams).isEqualTo(2);
    }

    @Test
    void thePagesTreeCountsAndListsEveryPage() {
        String pdf = text(twoPages());

        assertThat(pdf).contains("/Type /Pages /Kids [5 0 R 7 0 R] /Count 2");
        assertThat(count(pdf, "/Type /Page ")).isEqualTo(2);
        assertThat(pdf).contains("/BaseFont /Helvetica ").contains("/BaseFont /Helvetica-Bold ");
    }

    @Test
    void textIsEscapedAndWrittenInWinAnsi() {
        assertThat(PdfWriter.escape("a(b)\\c")).isEqualTo("a\\(b\\)\\\\c");
        assertThat(PdfWriter.escape("2 \u00d7 caf\u00e9 \u2013 \u2026")).isEqualTo("2 \\327 caf\\351 \\226 \\205");
        assertThat(PdfWriter.escape("\u4e2d\tx")).isEqualTo("? x");
    }

    @Test
    void aPickListLongerThanAPageRunsOnToMorePagesEachWithItsHeader() {
        List<PickList.Line> lines = new ArrayList<>();
        for (int i = 0; i < PickListPdf.ROWS_PER_PAGE + 5; i++) {
            lines.add(new PickList.Line("O-" + i, "Customer (" + i + ")", 1, "SKU-" + i, "Item", Optional.empty()));
        }
        String pdf = text(PickListPdf.render(new PickList("ST-1", "LA Store", Pickups.NOW, lines), ZoneOffset.UTC));

        assertThat(pdf).contains("/Count 2").contains("(Page 1 of 2)").contains("(Page 2 of 2)");
        assertThat(count(pdf, "(Customer) Tj")).isEqualTo(2);
        assertThat(pdf).contains("(Customer \\(3\\)) Tj").contains(" re S\n");
        assertThat(xrefOffsets(pdf)).hasSize(objectCount(pdf));
    }

    @Test
    void anEmptyPickListIsOneValidPageSayingSo() {
        String pdf = text(PickListPdf.render(new PickList("ST-1", "", Pickups.NOW, List.of()), ZoneOffset.UTC));

        assertThat(pdf).contains("/Count 1").contains("(Nothing left to pick.) Tj");
    }

    private static byte[] twoPages() {
        PdfWriter pdf = PdfWriter.letter();
        pdf.newPage().text(40, 750, PdfWriter.Font.BOLD, 14, "Pick list").box(40, 700, 9, 9);
        pdf.newPage().text(40, 750, PdfWriter.Font.REGULAR, 10, "Second (page)").line(40, 740, 572, 740);
        return pdf.toBytes();
    }

    /** Latin-1 maps each byte to one char, so string offsets are byte offsets. */
    private static String text(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    private static int objectCount(String pdf) {
        return count(pdf, " 0 obj\n");
    }

    private static List<Long> xrefOffsets(String pdf) {
        Matcher start = Pattern.compile("startxref\n(\\d+)\n").matcher(pdf);
        assertThat(start.find()).isTrue();
        String table = pdf.substring(Integer.parseInt(start.group(1)));
        Matcher entry = Pattern.compile("(\\d{10}) (\\d{5}) ([nf])\r\n").matcher(table);
        List<Long> offsets = new ArrayList<>();
        while (entry.find() && entry.start() < table.indexOf("trailer")) {
            if (entry.group(3).equals("n")) {
                offsets.add(Long.parseLong(entry.group(1)));
            }
        }
        return offsets;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
