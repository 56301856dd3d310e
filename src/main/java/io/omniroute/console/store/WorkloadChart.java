package io.omniroute.console.store;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;

/** Shows the hourly workload as two bar series, due and capacity; a due bar over capacity is drawn in red. */
final class WorkloadChart {

    static final String OVER_CAPACITY = "over-capacity";

    private WorkloadChart() {
    }

    static void bind(BarChart<String, Number> chart, ObservableValue<List<HourLoad>> workload) {
        XYChart.Series<String, Number> due = new XYChart.Series<>();
        due.setName("Due");
        XYChart.Series<String, Number> capacity = new XYChart.Series<>();
        capacity.setName("Capacity");
        chart.setAnimated(false);
        chart.getData().setAll(List.of(due, capacity));
        show(due, capacity, workload.getValue());
        workload.addListener((observable, before, hours) -> show(due, capacity, hours));
    }

    private static void show(XYChart.Series<String, Number> due, XYChart.Series<String, Number> capacity,
            List<HourLoad> hours) {
        due.getData().setAll(hours.stream().map(hour -> dueBar(hour)).toList());
        capacity.getData().setAll(hours.stream()
                .map(hour -> new XYChart.Data<String, Number>(hour.label(), hour.capacity())).toList());
    }

    private static XYChart.Data<String, Number> dueBar(HourLoad hour) {
        XYChart.Data<String, Number> bar = new XYChart.Data<>(hour.label(), hour.due());
        if (hour.overCapacity()) {
            // the chart makes the bar's node when the data joins it; mark whichever node it gets
            bar.nodeProperty().addListener((observable, before, node) -> markOver(node));
            markOver(bar.getNode());
        }
        return bar;
    }

    private static void markOver(Node node) {
        if (node != null && !node.getStyleClass().contains(OVER_CAPACITY)) {
            node.getStyleClass().add(OVER_CAPACITY);
        }
    }
}
