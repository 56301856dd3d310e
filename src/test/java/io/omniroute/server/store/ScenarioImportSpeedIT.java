package io.omniroute.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Scenario;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the default generated scenario (about 2 million inventory positions) into an H2 file. Slow, so it runs only
 * when asked: {@code mvn verify -Domniroute.importSpeed=true -Dit.test=ScenarioImportSpeedIT}.
 */
@EnabledIfSystemProperty(named = "omniroute.importSpeed", matches = "true")
class ScenarioImportSpeedIT {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioImportSpeedIT.class);

    @TempDir
    Path folder;

    @Test
    void defaultScenarioImportsIntoH2WellUnderAMinute() {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.defaults());
        try (Database db = Database.open("jdbc:h2:file:" + folder.resolve("speed").toAbsolutePath(), "sa", "")) {
            ImportSummary summary = ScenarioImporter.importScenario(db, scenario);

            LOG.info("Imported {} inventory positions into H2 in {} ms", summary.inventoryPositions(),
                    summary.took().toMillis());
            assertThat(summary.inventoryPositions()).isEqualTo(scenario.inventory().size());
            assertThat(summary.took()).isLessThan(Duration.ofSeconds(60));
        }
    }
}
