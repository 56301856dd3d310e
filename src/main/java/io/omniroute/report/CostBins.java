package io.omniroute.report;

import io.omniroute.engine.whatif.CostHistogram;
import java.util.ArrayList;
import java.util.List;

/** A cost histogram as a chart draws it: a label per bin and each run's counts. */
public record CostBins(List<String> labels, double[] baseline, double[] variant) {

    public CostBins {
        labels = List.copyOf(labels);
        baseline = baseline.clone();
        variant = variant.clone();
    }

    public static CostBins of(CostHistogram histogram) {
        List<String> labels = new ArrayList<>();
        double[] before = new double[histogram.bins()];
        double[] after = new double[histogram.bins()];
        for (int i = 0; i < histogram.bins(); i++) {
            labels.add(CompareFormat.costBin(histogram, i));
            before[i] = histogram.baselineCount(i);
            after[i] = histogram.variantCount(i);
        }
        return new CostBins(labels, before, after);
    }

    @Override
    public double[] baseline() {
        return baseline.clone();
    }

    @Override
    public double[] variant() {
        return variant.clone();
    }
}
