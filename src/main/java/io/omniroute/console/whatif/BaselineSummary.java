package io.omniroute.console.whatif;

import io.omniroute.engine.model.Scenario;
import java.time.ZoneId;
import java.util.Locale;

/** The baseline described for the screen, the study and the report. */
final class BaselineSummary {

    private BaselineSummary() {
    }

    static String of(Baseline baseline, ZoneId zone) {
        Scenario scenario = baseline.scenario();
        StringBuilder text = new StringBuilder(baseline.origin().describe(zone)).append('\n')
                .append(String.format(Locale.ROOT, "%,d orders · %,d nodes · %,d SKUs · %,d positions",
                        scenario.orders().size(), scenario.nodes().size(), scenario.skus().size(),
                        scenario.inventory().size()));
        if (baseline.origin() instanceof BaselineOrigin.CacheWindow) {
            text.append('\n').append(String.format(Locale.ROOT, "Stock the replay starts from: on hand − reserved"
                    + " + the %,d units the window's orders hold (reserved, or shipped and collected)",
                    baseline.unitsGivenBack()));
        }
        if (baseline.ordersLeftOut() > 0 || baseline.positionsLeftOut() > 0) {
            text.append('\n').append(String.format(Locale.ROOT, "Left out: %,d orders and %,d positions the cached"
                    + " network cannot source (listed below)", baseline.ordersLeftOut(), baseline.positionsLeftOut()));
        }
        return text.toString();
    }
}
