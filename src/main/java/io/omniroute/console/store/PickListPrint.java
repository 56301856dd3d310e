package io.omniroute.console.store;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;

/** Prints a pick list through the system's printer, one node per page, in the layout of the PDF. */
final class PickListPrint {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ROOT);
    private static final double ROW = 18;
    private static final double HEADER = 70;

    private PickListPrint() {
    }

    /** Asks the system to print; says so on the model when there is no printer, or when the user cancels. */
    static void print(Window owner, PickListViewModel model) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            model.noPrinter();
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            model.printed(false, 0);
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<Node> pages = pages(model, layout.getPrintableHeight());
        boolean printed = true;
        for (Node page : pages) {
            printed &= job.printPage(layout, page);
        }
        printed &= job.endJob();
        model.printed(printed, pages.size());
    }

    private static List<Node> pages(PickListViewModel model, double height) {
        List<PickList.Line> lines = model.lines();
        int perPage = Math.max(1, (int) ((height - HEADER) / ROW));
        int count = Math.max(1, (lines.size() + perPage - 1) / perPage);
        List<Node> pages = new ArrayList<>();
        for (int page = 0; page < count; page++) {
            List<PickList.Line> rows = lines.subList(page * perPage, Math.min(lines.size(), (page + 1) * perPage));
            pages.add(page(model, rows, page + 1, count));
        }
        return pages;
    }

    private static Node page(PickListViewModel model, List<PickList.Line> rows, int number, int count) {
        PickList list = model.list();
        ZoneId zone = model.zone();
        Label title = new Label("Pick list \u00b7 " + list.storeId() + " " + list.storeName());
        title.setFont(Font.font("Helvetica", FontWeight.BOLD, 14));
        Label created = new Label("Created " + CREATED.format(list.createdAt().atZone(zone)) + " \u00b7 page "
                + number + " of " + count);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.addRow(0, bold(""), bold("Order"), bold("Customer"), bold("Qty"), bold("SKU"), bold("Name"),
                bold("Place"));
        int row = 1;
        for (PickList.Line line : rows) {
            grid.addRow(row++, cell("\u2610"), cell(line.orderId()), cell(line.customerName()),
                    cell(Integer.toString(line.qty())), cell(line.sku()), cell(line.skuName()),
                    cell(line.location().orElse("")));
        }
        return new VBox(6, title, created, grid);
    }

    private static Label bold(String text) {
        Label label = cell(text);
        label.setFont(Font.font("Helvetica", FontWeight.BOLD, 10));
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.setFont(Font.font("Helvetica", 10));
        label.setMinHeight(ROW);
        return label;
    }
}
