package io.omniroute.backend;

import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample the embedded server is seeded from. It is generated on first use rather than shipped as files: the
 * generator and its reference data are in the jar, and a fixed seed gives the same network on every machine.
 */
final class SampleScenario {

    /** Every scenario has it; a folder without it is not a scenario yet. */
    private static final String NODES_FILE = "nodes.csv";

    private SampleScenario() {
    }

    /** Whether the folder holds a scenario: the generated sample, or one the user put there instead. */
    static boolean existsIn(Path folder) {
        return Files.isRegularFile(folder.resolve(NODES_FILE));
    }

    static void generate(Path folder, GeneratorSettings settings) throws IOException {
        // ScenarioWriter stages the files and moves them into place, so a crash here leaves no half sample
        ScenarioWriter.write(ScenarioGenerator.generate(settings), folder);
    }
}
