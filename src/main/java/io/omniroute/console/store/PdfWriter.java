package io.omniroute.console.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal PDF 1.4 writer for printouts: text in Helvetica (regular and bold), lines and boxes, any number of
 * pages, and a correct cross-reference table. It is small because it knows so little: no images, no embedded fonts,
 * text in WinAnsi (Latin-1 and common punctuation; other characters print as '?').
 */
final class PdfWriter {

    /** US Letter in points (1/72 in): the stores print on Letter paper. */
    static final double LETTER_WIDTH = 612;
    static final double LETTER_HEIGHT = 792;

    /** The two standard fonts every PDF reader has, so nothing is embedded. */
    enum Font {
        REGULAR("F1", "Helvetica"),
        BOLD("F2", "Helvetica-Bold");

        private final String resource;
        private final String baseFont;

        Font(String resource, String baseFont) {
            this.resource = resource;
            this.baseFont = baseFont;
        }
    }

    private final double width;
    private final double height;
    private final List<Page> pages = new ArrayList<>();

    private PdfWriter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    static PdfWriter letter() {
        return new PdfWriter(LETTER_WIDTH, LETTER_HEIGHT);
    }

    /** Adds a page; coordinates on it are points from the bottom-left corner, as in PDF. */
    Page newPage() {
        Page page = new Page();
        pages.add(page);
        return page;
    }

    int pageCount() {
        return pages.size();
    }

    /** The document. A document without pages gets one blank page: a PDF needs at least one to open. */
    byte[] toBytes() {
        if (pages.isEmpty()) {
            newPage();
        }
        Output out = new Output();
        out.write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        int fonts = Font.values().length;
        int firstPage = 3 + fonts;
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            kids.append(i == 0 ? "" : " ").append(firstPage + 2 * i).append(" 0 R");
        }
        out.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        out.object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");
        StringBuilder fontResources = new StringBuilder();
        for (Font font : Font.values()) {
            int number = 3 + font.ordinal();
            out.object(number, "<< /Type /Font /Subtype /Type1 /BaseFont /" + font.baseFont
                    + " /Encoding /WinAnsiEncoding >>");
            fontResources.append(" /").append(font.resource).append(' ').append(number).append(" 0 R");
        }
        for (int i = 0; i < pages.size(); i++) {
            int number = firstPage + 2 * i;
            out.object(number, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(width) + " " + num(height)
                    + "] /Resources << /Font <<" + fontResources + " >> >> /Contents " + (number + 1) + " 0 R >>");
            byte[] content = pages.get(i).content.toString().getBytes(StandardCharsets.ISO_8859_1);
            out.stream(number + 1, content);
        }
        return out.finish();
    }

    /** One page's content stream, built up by drawing calls. */
    static final class Page {

        private final StringBuilder content = new StringBuilder();

        private Page() {
        }

        Page text(double x, double y, Font font, double size, String text) {
            content.append("BT /").append(font.resource).append(' ').append(num(size)).append(" Tf ")
                    .append(num(x)).append(' ').append(num(y)).append(" Td (").append(escape(text))
                    .append(") Tj ET\n");
            return this;
        }

        /** A stroked rectangle, e.g. a checkbox to tick by hand. */
        Page box(double x, double y, double boxWidth, double boxHeight) {
            content.append("0.6 w ").append(num(x)).append(' ').append(num(y)).append(' ').append(num(boxWidth))
                    .append(' ').append(num(boxHeight)).append(" re S\n");
            return this;
        }

        Page line(double x1, double y1, double x2, double y2) {
            content.append("0.4 w ").append(num(x1)).append(' ').append(num(y1)).append(" m ").append(num(x2))
                    .append(' ').append(num(y2)).append(" l S\n");
            return this;
        }
    }

    /**
     * A PDF string literal's body in WinAnsi: backslash and parentheses escaped, bytes above 127 as octal escapes,
     * the few typographic characters WinAnsi has outside Latin-1 mapped to their codes, anything else '?'.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int code = winAnsi(text.charAt(i));
            if (code == '\\' || code == '(' || code == ')') {
                escaped.append('\\').append((char) code);
            } else if (code < 32) {
                escaped.append(' ');
            } else if (code > 126) {
                escaped.append('\\').append(String.format(Locale.ROOT, "%03o", code));
            } else {
                escaped.append((char) code);
            }
        }
        return escaped.toString();
    }

    private static int winAnsi(char c) {
        return switch (c) {
            case '\u20ac' -> 0x80;
            case '\u2026' -> 0x85;
            case '\u2018' -> 0x91;
            case '\u2019' -> 0x92;
            case '\u201c' -> 0x93;
            case '\u201d' -> 0x94;
            case '\u2022' -> 0x95;
            case '\u2013' -> 0x96;
            case '\u2014' -> 0x97;
            default -> c < 0x7f || (c >= 0xa0 && c <= 0xff) ? c : '?';
        };
    }

    /** Numbers as PDF wants them: no exponent, at most two decimals, '.' whatever the locale. */
    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The file being written, with each object's byte offset for the cross-reference table. */
    private static final class Output {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        void write(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        void object(int number, String body) {
            begin(number);
            write(body + "\nendobj\n");
        }

        void stream(int number, byte[] content) {
            begin(number);
            write("<< /Length " + content.length + " >>\nstream\n");
            bytes.writeBytes(content);
            write("\nendstream\nendobj\n");
        }

        private void begin(int number) {
            if (number != offsets.size() + 1) {
                throw new IllegalStateException("PDF object " + number + " written out of order: expected object "
                        + (offsets.size() + 1));
            }
            offsets.add(bytes.size());
            write(number + " 0 obj\n");
        }

        byte[] finish() {
            int xref = bytes.size();
            // each entry is exactly 20 bytes, its end of line included, as the format requires
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f\r\n");
            for (int offset : offsets) {
                table.append(String.format(Locale.ROOT, "%010d 00000 n\r\n", offset));
            }
            write(table + "trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                    + "\n%%EOF\n");
            return bytes.toByteArray();
        }
    }
}
