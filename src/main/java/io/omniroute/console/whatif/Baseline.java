package io.omniroute.console.whatif;

import io.omniroute.engine.model.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * The scenario every variant changes and every run is compared with, where it came from, and what reading it left
 * out (orders the cached network cannot source, positions of unknown nodes or SKUs).
 *
 * @param unitsGivenBack units the window's orders hold now that the replay starts with in stock (cache only)
 */
record Baseline(Scenario scenario, BaselineOrigin origin, long unitsGivenBack, int ordersLeftOut,
        int positionsLeftOut, List<String> notes) {

    Baseline {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(origin, "origin");
        notes = List.copyOf(notes);
    }

    static Baseline of(Scenario scenario, BaselineOrigin origin) {
        return new Baseline(scenario, origin, 0, 0, 0, List.of());
    }

    int orders() {
        return scenario.orders().size();
    }
}
