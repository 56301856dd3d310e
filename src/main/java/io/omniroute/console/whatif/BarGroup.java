package io.omniroute.console.whatif;

import io.omniroute.engine.whatif.Measure;
import java.util.List;
import java.util.Objects;

/** A grouped bar chart's data: one group per category, one bar per series, values measured alike. */
public record BarGroup(String title, List<String> categories, List<Series> series, Measure measure) {

    /** One coloured set of bars: a value per category. */
    public record Series(String name, double[] values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    public BarGroup {
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Objects.requireNonNull(measure, "measure");
        for (Series one : series) {
            if (one.values.length != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.values.length
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    static final BarGroup EMPTY = new BarGroup("", List.of(), List.of(), Measure.COUNT);
}
