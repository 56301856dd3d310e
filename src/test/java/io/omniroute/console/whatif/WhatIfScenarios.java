package io.omniroute.console.whatif;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/** Small generated scenarios for the What-if tests: real networks, stock and orders, the same every run. */
final class WhatIfScenarios {

    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    private WhatIfScenarios() {
    }

    /** 20 nodes, 100 SKUs, {@code orders} orders over two days. */
    static Scenario generated(int orders) {
        return ScenarioGenerator.generate(GeneratorSettings.of(20, 100, orders, 2, 11));
    }

    static Baseline baseline(int orders) {
        return Baseline.of(generated(orders), new BaselineOrigin.ScenarioFolder(Path.of("generated"), NOW));
    }

    /** The scenario written as a folder, as a user would point the screen at it. */
    static Path folder(Path parent, int orders) {
        Path dir = parent.resolve("scenario-" + orders);
        try {
            ScenarioWriter.write(generated(orders), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
