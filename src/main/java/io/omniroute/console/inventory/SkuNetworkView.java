package io.omniroute.console.inventory;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.Navigator;
import io.omniroute.console.shell.Target;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;

/**
 * The per-SKU network pane inside the Inventory screen (its own FXML, included): ATP by node type and the nearest
 * stock to a ZIP. A double click on a nearby node shows it on the network screen.
 */
public final class SkuNetworkView {

    private static final double ROW_HEIGHT = 28;

    @FXML private Label titleLabel;
    @FXML private Label inStockLabel;
    @FXML private Label zipErrorLabel;
    @FXML private TableView<TypeStock> typeTable;
    @FXML private TableColumn<TypeStock, String> typeColumn;
    @FXML private TableColumn<TypeStock, String> typeNodesColumn;
    @FXML private TableColumn<TypeStock, String> typeAtpColumn;
    @FXML private TextField zipField;
    @FXML private ComboBox<DistanceUnit> unitBox;
    @FXML private TableView<NearbyStock> nearestTable;
    @FXML private TableColumn<NearbyStock, String> nearNodeColumn;
    @FXML private TableColumn<NearbyStock, String> nearLocationColumn;
    @FXML private TableColumn<NearbyStock, String> nearDistanceColumn;
    @FXML private TableColumn<NearbyStock, String> nearAtpColumn;

    private final Navigator navigator;

    public SkuNetworkView(ConsoleContext context) {
        this.navigator = context.navigator();
    }

    @FXML
    private void initialize() {
        titleLabel.getStyleClass().add(Styles.TITLE_4);
        inStockLabel.getStyleClass().add(Styles.TEXT_MUTED);
        zipErrorLabel.getStyleClass().add(Styles.DANGER);
        for (TableView<?> table : new TableView<?>[] {typeTable, nearestTable}) {
            table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
            table.setFixedCellSize(ROW_HEIGHT);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        }
        typeColumn.setCellValueFactory(cell -> value(cell.getValue().nodeType()));
        typeNodesColumn.setCellValueFactory(cell -> value(grouped(cell.getValue().nodesInStock())));
        typeAtpColumn.setCellValueFactory(cell -> value(grouped(cell.getValue().atp())));
        nearNodeColumn.setCellValueFactory(cell -> value(cell.getValue().nodeId()));
        nearLocationColumn.setCellValueFactory(cell -> value(cell.getValue().location()));
        nearAtpColumn.setCellValueFactory(cell -> value(grouped(cell.getValue().atp())));
        for (TableColumn<?, ?> number : new TableColumn<?, ?>[] {typeNodesColumn, typeAtpColumn, nearDistanceColumn,
            nearAtpColumn}) {
            number.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        }
        unitBox.getItems().setAll(DistanceUnit.values());
        unitBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(DistanceUnit unit) {
                return unit == null ? "" : unit.symbol();
            }

            @Override
            public DistanceUnit fromString(String text) {
                return DistanceUnit.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        nearestTable.setOnMouseClicked(this::onNearestClicked);
    }

    /** Called by the Inventory screen once both controllers exist. */
    void bind(SkuNetworkViewModel viewModel) {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        inStockLabel.textProperty().bind(viewModel.inStockProperty());
        zipErrorLabel.textProperty().bind(viewModel.zipErrorProperty());
        zipErrorLabel.visibleProperty().bind(viewModel.zipErrorProperty().isNotEmpty());
        zipErrorLabel.managedProperty().bind(zipErrorLabel.visibleProperty());
        zipField.textProperty().bindBidirectional(viewModel.zipProperty());
        unitBox.valueProperty().bindBidirectional(viewModel.unitProperty());
        typeTable.setItems(viewModel.byType());
        nearestTable.setItems(viewModel.nearest());
        nearDistanceColumn.setCellValueFactory(cell -> value(viewModel.distanceText(cell.getValue())));
    }

    private void onNearestClicked(MouseEvent event) {
        NearbyStock node = nearestTable.getSelectionModel().getSelectedItem();
        if (event.getClickCount() == 2 && node != null) {
            navigator.reveal(new Target.Node(node.nodeId()));
        }
    }

    private static ReadOnlyObjectWrapper<String> value(String text) {
        return new ReadOnlyObjectWrapper<>(text);
    }

    private static String grouped(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
