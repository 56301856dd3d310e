package io.omniroute.console.whatif;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The results pane's controller (included by WhatIf.fxml): KPIs, charts, the decision diff and an opened order. */
public final class ResultsPane {

    @FXML private VBox root;
    @FXML private HBox staleBanner;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<String> variantPicker;
    @FXML private TabPane tabs;
    @FXML private Tab kpiTab;
    @FXML private Tab chartsTab;
    @FXML private Tab diffTab;
    @FXML private TableView<KpiRow> kpiTable;
    @FXML private FlowPane kpiCharts;
    @FXML private BarChart<String, Number> nodeChart;
    @FXML private BarChart<String, Number> typeChart;
    @FXML private BarChart<String, Number> shipmentsChart;
    @FXML private BarChart<String, Number> costChart;
    @FXML private DiffPane diffPaneController;

    void bind(ResultsViewModel results) {
        staleBanner.visibleProperty().bind(results.staleProperty());
        staleBanner.managedProperty().bind(results.staleProperty());
        summaryLabel.textProperty().bind(results.summaryProperty());
        variantPicker.setItems(results.variantNames());
        variantPicker.valueProperty().bindBidirectional(results.variantProperty());
        variantPicker.disableProperty().bind(Bindings.isEmpty(results.variantNames()));
        results.runNames().addListener((ListChangeListener<String>) change ->
                KpiTableColumns.rebuild(kpiTable, results.runNames()));
        kpiTable.setItems(results.kpiRows());
        kpiTable.setPlaceholder(new Label("No results yet: add a variant and run the study (Ctrl+R)"));
        bindCharts(results);
        diffPaneController.bind(results);
    }

    private void bindCharts(ResultsViewModel results) {
        results.kpiCharts().addListener((ListChangeListener<BarGroup>) change -> kpiCharts.getChildren().setAll(
                results.kpiCharts().stream().map(ResultsPane::smallChart).toList()));
        results.utilizationByNodeProperty().addListener((o, b, group) -> BarCharts.show(nodeChart, group));
        results.utilizationByTypeProperty().addListener((o, b, group) -> BarCharts.show(typeChart, group));
        results.shipmentsByTypeProperty().addListener((o, b, group) -> BarCharts.show(shipmentsChart, group));
        results.costDistributionProperty().addListener((o, b, group) -> BarCharts.show(costChart, group));
    }

    private static BarChart<String, Number> smallChart(BarGroup group) {
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), values);
        chart.getStyleClass().add(WhatIfStyles.KPI_CHART);
        chart.setPrefSize(300, 230);
        chart.setLegendVisible(group.series().size() > 1);
        BarCharts.show(chart, group);
        return chart;
    }

    void showDiff() {
        tabs.getSelectionModel().select(diffTab);
    }

    void focusSearch() {
        showDiff();
        diffPaneController.focusSearch();
    }
}
