package io.omniroute.console.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ScreenView;
import io.omniroute.console.shell.Target;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.MasterDetailPane;

/** The Inventory screen's controller: binds the controls to {@link InventoryViewModel} and forwards the user. */
public final class InventoryView implements ScreenView {

    /** Rows all the same height, so the table never measures two million of them. */
    private static final double ROW_HEIGHT = 28;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    @FXML private BorderPane root;
    @FXML private CustomTextField filterField;
    @FXML private ComboBox<String> nodeTypeBox;
    @FXML private ComboBox<String> stateBox;
    @FXML private CheckBox lowAtpCheck;
    @FXML private Spinner<Integer> lowAtpSpinner;
    @FXML private CheckBox staleOnlyCheck;
    @FXML private Spinner<Integer> staleHoursSpinner;
    @FXML private ToggleButton networkToggle;
    @FXML private Button exportButton;
    @FXML private MasterDetailPane masterDetail;
    @FXML private TableView<PositionRecord> table;
    @FXML private TableColumn<PositionRecord, String> nodeColumn;
    @FXML private TableColumn<PositionRecord, String> skuColumn;
    @FXML private TableColumn<PositionRecord, String> skuNameColumn;
    @FXML private TableColumn<PositionRecord, String> onHandColumn;
    @FXML private TableColumn<PositionRecord, String> reservedColumn;
    @FXML private TableColumn<PositionRecord, String> safetyStockColumn;
    @FXML private TableColumn<PositionRecord, String> atpColumn;
    @FXML private TableColumn<PositionRecord, String> updatedColumn;
    @FXML private TableColumn<PositionRecord, Boolean> staleColumn;
    @FXML private Label countLabel;
    @FXML private Label queryTimeLabel;
    @FXML private Label exportStatusLabel;
    @FXML private SkuNetworkView networkController;

    private final InventoryViewModel viewModel;
    private final Path exportDir;
    private final ZoneId zone;
    private final ScrollAnchor scrollAnchor = new ScrollAnchor();
    /** Held here because a bidirectional binding keeps only weak references to an asObject() adapter. */
    private ObjectProperty<Integer> lowAtpThreshold;
    private ObjectProperty<Integer> staleHours;

    public InventoryView(ConsoleContext context) {
        ConsoleData data = context.data();
        this.viewModel = new InventoryViewModel(data.positions(), data::catalog, ZipDirectory.bundled(),
                context.preferences(), context.executor(), context.clock());
        this.exportDir = context.exportDir();
        this.zone = context.clock().getZone();
        data.addListener(viewModel);
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        countLabel.textProperty().bind(viewModel.countTextProperty());
        queryTimeLabel.textProperty().bind(viewModel.queryTimeTextProperty());
        exportStatusLabel.textProperty().bind(viewModel.exports().statusProperty());
        exportButton.disableProperty().bind(viewModel.exports().runningProperty());
        countLabel.getStyleClass().add(Styles.TEXT_BOLD);
        queryTimeLabel.getStyleClass().add(Styles.TEXT_MUTED);
        exportStatusLabel.getStyleClass().add(Styles.TEXT_MUTED);
        networkController.bind(viewModel.network());
        networkToggle.selectedProperty().bindBidirectional(viewModel.networkShownProperty());
        masterDetail.showDetailNodeProperty().bindBidirectional(viewModel.networkShownProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
    }

    private void bindFilters() {
        InventoryFilters filters = viewModel.filters();
        filterField.textProperty().bindBidirectional(filters.textProperty());
        nodeTypeBox.getItems().setAll(InventoryFilters.NODE_TYPES);
        nodeTypeBox.setConverter(choice("All node types"));
        nodeTypeBox.valueProperty().bindBidirectional(filters.nodeTypeProperty());
        stateBox.setItems(filters.states());
        stateBox.setConverter(choice("All states"));
        stateBox.valueProperty().bindBidirectional(filters.stateProperty());
        lowAtpCheck.selectedProperty().bindBidirectional(filters.lowAtpOnlyProperty());
        lowAtpThreshold = filters.lowAtpThresholdProperty().asObject();
        lowAtpSpinner.getValueFactory().valueProperty().bindBidirectional(lowAtpThreshold);
        staleOnlyCheck.selectedProperty().bindBidirectional(filters.staleOnlyProperty());
        staleHours = viewModel.staleHoursProperty().asObject();
        staleHoursSpinner.getValueFactory().valueProperty().bindBidirectional(staleHours);
    }

    private void bindTable() {
        PositionColumns columns = new PositionColumns(zone);
        columns.text(nodeColumn, PositionColumn.NODE, PositionRecord::nodeId);
        columns.text(skuColumn, PositionColumn.SKU, PositionRecord::sku);
        columns.text(skuNameColumn, PositionColumn.SKU_NAME, PositionRecord::skuName);
        columns.number(onHandColumn, PositionColumn.ON_HAND, PositionRecord::onHand);
        columns.number(reservedColumn, PositionColumn.RESERVED, PositionRecord::reserved);
        columns.number(safetyStockColumn, PositionColumn.SAFETY_STOCK, PositionRecord::safetyStock);
        columns.number(atpColumn, PositionColumn.ATP, PositionRecord::atp);
        columns.updated(updatedColumn);
        columns.stale(staleColumn);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No positions match the filter"));
        table.setItems(viewModel.rows());
        // the ViewModel sorts, off the FX thread: the table only reports which header the user clicked
        table.setSortPolicy(sorted -> {
            viewModel.sortBy(sortShown());
            return true;
        });
        table.getSortOrder().add(nodeColumn);
        table.getSelectionModel().selectedIndexProperty()
                .addListener((observable, old, index) -> viewModel.select(index.intValue()));
        viewModel.selectedIndexProperty().addListener((observable, old, index) -> showSelected(index.intValue()));
        viewModel.rows().addListener((ListChangeListener<PositionRecord>) change -> scrollAnchor.remember(table));
        viewModel.lastQueryProperty().addListener((observable, old, outcome) -> placeRows(outcome));
    }

    private PositionSort sortShown() {
        if (table.getSortOrder().isEmpty()) {
            return PositionSort.DEFAULT;
        }
        TableColumn<PositionRecord, ?> column = table.getSortOrder().get(0);
        return PositionColumns.of(column)
                .map(id -> new PositionSort(id, column.getSortType() == TableColumn.SortType.ASCENDING))
                .orElse(PositionSort.DEFAULT);
    }

    private void showSelected(int index) {
        if (table.getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        if (index < 0) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(index);
        }
    }

    /** A live refresh keeps the scroll place; a new filter or sort starts at the selection, or the top. */
    private void placeRows(QueryOutcome outcome) {
        if (outcome.liveUpdate()) {
            scrollAnchor.restore(table, viewModel.rows());
        } else {
            table.scrollTo(Math.max(0, viewModel.selectedIndexProperty().get()));
        }
    }

    private void onShortcut(KeyEvent event) {
        if (FIND.match(event)) {
            filterField.requestFocus();
            filterField.selectAll();
        } else if (EXPORT.match(event)) {
            onExport();
        } else if (event.getCode() == KeyCode.ESCAPE && !filterField.getText().isEmpty()) {
            viewModel.filters().clearText();
        } else {
            return;
        }
        event.consume();
    }

    @FXML
    private void onExport() {
        chooseExportFile().ifPresent(viewModel::export);
    }

    private Optional<Path> chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export positions");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        chooser.setInitialFileName(viewModel.defaultExportFileName());
        if (Files.isDirectory(exportDir)) {
            chooser.setInitialDirectory(exportDir.toFile());
        }
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void shown() {
        viewModel.activate();
    }

    @Override
    public void hidden() {
        viewModel.deactivate();
    }

    @Override
    public void reveal(Target target) {
        if (target instanceof Target.Sku sku) {
            viewModel.revealSku(sku.sku());
        }
    }

    /** Shows "" (any) as {@code anyText}. */
    private static StringConverter<String> choice(String anyText) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? anyText : value;
            }

            @Override
            public String fromString(String text) {
                return anyText.equals(text) ? "" : text;
            }
        };
    }
}
