package io.omniroute.console.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the results pane shows of one study run, computed once in the background (a cost histogram sorts
 * every order's cost): the KPI table and the charts, the cost distribution per variant.
 */
record ResultViews(StudyResults results, List<KpiRow> kpis, List<BarGroup> mainKpis, BarGroup utilizationByNode,
        BarGroup utilizationByType, BarGroup shipmentsByType, Map<String, BarGroup> costs) {

    ResultViews {
        kpis = List.copyOf(kpis);
        mainKpis = List.copyOf(mainKpis);
        costs = Map.copyOf(costs);
    }

    static ResultViews of(StudyResults results) {
        Map<String, BarGroup> costs = new LinkedHashMap<>();
        for (StudyResults.VariantResult variant : results.variants()) {
            costs.put(variant.name(), ResultCharts.costDistribution(results, variant.name()));
        }
        return new ResultViews(results, KpiRows.of(results), ResultCharts.mainKpis(results),
                ResultCharts.utilizationByNode(results), ResultCharts.utilizationByType(results),
                ResultCharts.shipmentsByType(results), costs);
    }

    /** The cost distribution of the baseline against the variant; the baseline's alone when there is none. */
    BarGroup costs(String variant) {
        BarGroup found = costs.get(variant);
        return found != null ? found : ResultCharts.costDistribution(results, variant);
    }
}
