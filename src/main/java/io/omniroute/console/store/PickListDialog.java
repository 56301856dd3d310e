package io.omniroute.console.store;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The pick list on screen, with its two ways to paper: the system's printer, or a PDF. */
final class PickListDialog {

    private PickListDialog() {
    }

    static void show(Window owner, PickListViewModel model, Path exportDir) {
        TableView<PickList.Line> table = new TableView<>(FXCollections.observableList(model.lines()));
        table.setId("pickListTable");
        table.setPlaceholder(new Label("Nothing left to pick"));
        table.getColumns().setAll(List.of(
                column("", 30, line -> "\u2610"),
                column("Order", 120, PickList.Line::orderId),
                column("Customer", 140, PickList.Line::customerName),
                column("Qty", 50, line -> Integer.toString(line.qty())),
                column("SKU", 110, PickList.Line::sku),
                column("Name", 200, PickList.Line::skuName),
                column("Place", 110, line -> line.location().orElse(""))));
        table.setPrefSize(780, 360);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        Button print = new Button("Print", new FontIcon("fth-printer"));
        print.setId("printButton");
        Button save = new Button("Save PDF…", new FontIcon("fth-file-text"));
        save.setId("savePdfButton");
        save.disableProperty().bind(model.exportingProperty());
        Label status = new Label();
        status.setId("pickListStatus");
        status.textProperty().bind(model.statusProperty());
        print.setOnAction(event -> PickListPrint.print(dialog.getDialogPane().getScene().getWindow(), model));
        save.setOnAction(event -> chooseFile(dialog.getDialogPane().getScene().getWindow(), model, exportDir)
                .ifPresent(model::exportPdf));
        dialog.getDialogPane().setContent(new VBox(8, table, new HBox(8, print, save, status)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    private static Optional<Path> chooseFile(Window owner, PickListViewModel model, Path exportDir) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the pick list");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF files", "*.pdf"));
        chooser.setInitialFileName(model.defaultFileName());
        if (Files.isDirectory(exportDir)) {
            chooser.setInitialDirectory(exportDir.toFile());
        }
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static TableColumn<PickList.Line, String> column(String title, double width,
            Function<PickList.Line, String> value) {
        TableColumn<PickList.Line, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
