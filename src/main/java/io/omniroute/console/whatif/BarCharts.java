package io.omniroute.console.whatif;

import io.omniroute.engine.whatif.Measure;
import io.omniroute.report.CompareFormat;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Draws a {@link BarGroup} in a JavaFX bar chart: a series per run, a tooltip with the exact value on every bar,
 * rates shown as percentages.
 */
final class BarCharts {

    private BarCharts() {
    }

    static void show(BarChart<String, Number> chart, BarGroup group) {
        chart.setAnimated(false);
        chart.setTitle(group.title());
        boolean rate = group.measure() == Measure.RATE;
        if (rate && chart.getYAxis() instanceof NumberAxis axis) {
            axis.setTickLabelFormatter(percent());
        }
        List<XYChart.Series<String, Number>> all = group.series().stream().map(one -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(one.name());
            double[] values = one.values();
            for (int i = 0; i < values.length; i++) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(group.categories().get(i), values[i]);
                String tip = one.name() + ", " + group.categories().get(i) + ": "
                        + CompareFormat.value(group.measure(), values[i]);
                bar.nodeProperty().addListener((observable, before, node) -> tip(node, tip));
                series.getData().add(bar);
            }
            return series;
        }).toList();
        chart.getData().setAll(all);
    }

    private static void tip(Node node, String text) {
        if (node != null) {
            Tooltip.install(node, new Tooltip(text));
        }
    }

    private static StringConverter<Number> percent() {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                // a scale of a few percent needs its decimal, or two ticks read the same
                return java.math.BigDecimal.valueOf(value.doubleValue() * 100).setScale(1,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text.replace("%", "")) / 100;
            }
        };
    }
}
