package io.omniroute.console.whatif;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The decision diff's controller (included by Results.fxml): the changed orders of the chosen variant, filtered,
 * and the opened order's two plans and explanations side by side.
 */
public final class DiffPane {

    /** Rows all the same height: the table never measures them. */
    private static final double ROW_HEIGHT = 28;

    @FXML private VBox root;
    @FXML private ComboBox<KindFilter> kindPicker;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private TableView<DiffRow> diffTable;
    @FXML private TableColumn<DiffRow, String> orderColumn;
    @FXML private TableColumn<DiffRow, String> kindsColumn;
    @FXML private TableColumn<DiffRow, String> beforeNodesColumn;
    @FXML private TableColumn<DiffRow, ?> variantGroup;
    @FXML private TableColumn<DiffRow, String> afterNodesColumn;
    @FXML private TableColumn<DiffRow, Number> beforeCostColumn;
    @FXML private TableColumn<DiffRow, Number> afterCostColumn;
    @FXML private TableColumn<DiffRow, Number> deltaColumn;
    @FXML private TableColumn<DiffRow, String> beforePromiseColumn;
    @FXML private TableColumn<DiffRow, String> afterPromiseColumn;
    @FXML private TableColumn<DiffRow, String> beforeFillColumn;
    @FXML private TableColumn<DiffRow, String> afterFillColumn;
    @FXML private Label detailTitle;
    @FXML private HBox sides;
    @FXML private Label baselineHeading;
    @FXML private ProgressBar baselineProgress;
    @FXML private Label baselineStatus;
    @FXML private Label baselinePlan;
    @FXML private TableView<VerdictRow> baselineVerdicts;
    @FXML private Label variantHeading;
    @FXML private ProgressBar variantProgress;
    @FXML private Label variantStatus;
    @FXML private Label variantPlan;
    @FXML private TableView<VerdictRow> variantVerdicts;

    private ResultsViewModel results;

    void bind(ResultsViewModel model) {
        this.results = model;
        DiffViewModel diff = model.diff();
        kindPicker.setItems(diff.filters());
        kindPicker.valueProperty().bindBidirectional(diff.filterProperty());
        searchField.textProperty().bindBidirectional(diff.searchProperty());
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !diffTable.getItems().isEmpty()) {
                diffTable.requestFocus();
                diffTable.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        variantGroup.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.variantProperty().get() == null ? "Variant" : model.variantProperty().get(),
                model.variantProperty()));
        countLabel.textProperty().bind(diff.countProperty());
        bindTable(diff);
        OrderDetailViewModel detail = model.detail();
        detailTitle.textProperty().bind(detail.titleProperty());
        sides.visibleProperty().bind(detail.openProperty());
        ExplanationSideBinding.bind(detail.baseline(), baselineHeading, baselineProgress, baselineStatus,
                baselinePlan, baselineVerdicts);
        ExplanationSideBinding.bind(detail.variant(), variantHeading, variantProgress, variantStatus, variantPlan,
                variantVerdicts);
    }

    private void bindTable(DiffViewModel diff) {
        DiffColumns.text(orderColumn, DiffRow::orderId);
        DiffColumns.text(kindsColumn, DiffRow::kindsText);
        DiffColumns.text(beforeNodesColumn, row -> row.before().nodes());
        DiffColumns.text(afterNodesColumn, row -> row.after().nodes());
        DiffColumns.money(beforeCostColumn, row -> row.before().cost(), row -> row.before().present());
        DiffColumns.money(afterCostColumn, row -> row.after().cost(), row -> row.after().present());
        DiffColumns.delta(deltaColumn);
        DiffColumns.text(beforePromiseColumn, row -> row.before().promise());
        DiffColumns.text(afterPromiseColumn, row -> row.after().promise());
        DiffColumns.text(beforeFillColumn, row -> row.before().fill());
        DiffColumns.text(afterFillColumn, row -> row.after().fill());
        diffTable.setFixedCellSize(ROW_HEIGHT);
        diffTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        diffTable.setItems(diff.rows());
        diffTable.setPlaceholder(new Label("No changed orders to show"));
        diffTable.setRowFactory(table -> {
            TableRow<DiffRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    results.open(row.getItem());
                }
            });
            return row;
        });
        diffTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
    }

    void openSelected() {
        DiffRow row = diffTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            results.open(row);
        }
    }

    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
