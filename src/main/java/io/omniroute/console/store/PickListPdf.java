package io.omniroute.console.store;

import io.omniroute.console.store.PdfWriter.Font;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Lays a pick list out on Letter pages: a title, a header row repeated on every page, one row per line with a box
 * to tick, and "page n of m" at the foot.
 */
final class PickListPdf {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ROOT);
    private static final double MARGIN = 40;
    private static final double ROW = 18;
    private static final double BODY_SIZE = 10;
    private static final double TOP = PdfWriter.LETTER_HEIGHT - MARGIN;
    private static final double FIRST_ROW = TOP - 58;
    private static final double LAST_ROW = MARGIN + 30;
    /** Rows that fit between the header and the footer. */
    static final int ROWS_PER_PAGE = (int) ((FIRST_ROW - LAST_ROW) / ROW) + 1;

    /** A column: where it starts and how many characters of 10 pt Helvetica fit (about 5 pt each). */
    private record Column(String title, double x, int chars) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("", MARGIN, 0),
            new Column("Order", MARGIN + 20, 16),
            new Column("Customer", MARGIN + 105, 21),
            new Column("Qty", MARGIN + 215, 5),
            new Column("SKU", MARGIN + 245, 15),
            new Column("Name", MARGIN + 325, 28),
            new Column("Place", MARGIN + 470, 11));

    private PickListPdf() {
    }

    static byte[] render(PickList list, ZoneId zone) {
        PdfWriter pdf = PdfWriter.letter();
        int pageCount = Math.max(1, (list.lines().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        for (int page = 0; page < pageCount; page++) {
            PdfWriter.Page sheet = pdf.newPage();
            header(sheet, list, zone);
            int from = page * ROWS_PER_PAGE;
            List<PickList.Line> rows = list.lines().subList(from, Math.min(list.lines().size(), from + ROWS_PER_PAGE));
            double y = FIRST_ROW;
            for (PickList.Line line : rows) {
                row(sheet, line, y);
                y -= ROW;
            }
            if (list.lines().isEmpty()) {
                sheet.text(MARGIN, FIRST_ROW, Font.REGULAR, BODY_SIZE, "Nothing left to pick.");
            }
            sheet.text(PdfWriter.LETTER_WIDTH - MARGIN - 60, MARGIN - 10, Font.REGULAR, 8,
                    "Page " + (page + 1) + " of " + pageCount);
        }
        return pdf.toBytes();
    }

    private static void header(PdfWriter.Page sheet, PickList list, ZoneId zone) {
        sheet.text(MARGIN, TOP, Font.BOLD, 14, "Pick list \u00b7 " + list.storeId()
                + (list.storeName().isEmpty() ? "" : " " + list.storeName()));
        sheet.text(MARGIN, TOP - 16, Font.REGULAR, 9, "Created " + CREATED.format(list.createdAt().atZone(zone))
                + " \u00b7 " + list.orders() + (list.orders() == 1 ? " order" : " orders") + " \u00b7 "
                + list.units() + (list.units() == 1 ? " unit" : " units"));
        double y = TOP - 38;
        for (Column column : COLUMNS) {
            sheet.text(column.x(), y, Font.BOLD, 9, column.title());
        }
        sheet.line(MARGIN, y - 5, PdfWriter.LETTER_WIDTH - MARGIN, y - 5);
    }

    private static void row(PdfWriter.Page sheet, PickList.Line line, double y) {
        sheet.box(MARGIN, y - 1, 9, 9);
        List<String> cells = List.of("", line.orderId(), line.customerName(), Integer.toString(line.qty()),
                line.sku(), line.skuName(), line.location().orElse(""));
        for (int i = 1; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            sheet.text(column.x(), y, Font.REGULAR, BODY_SIZE, fit(cells.get(i), column.chars()));
        }
    }

    /** Cuts the text to the column with an ellipsis, so a long name never runs into the next column. */
    static String fit(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, Math.max(0, chars - 1)) + "\u2026";
    }
}
