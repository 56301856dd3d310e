package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options of {@code serve} that are refused before anything starts. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void demoWithoutAScenarioIsBadInput() {
        CommandRun run = CommandRun.of("serve", "--users", tmp.resolve("users.tsv").toString(), "--demo");

        assertThat(run.exitCode()).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--demo", "--scenario DIR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "101", "NaN"})
    void demoRateOutsideItsRangeIsBadInputNamingTheValue(String rate) {
        CommandRun run = CommandRun.of("serve", "--users", tmp.resolve("users.tsv").toString(),
                "--scenario", tmp.toString(), "--demo", "--rate", rate);

        assertThat(run.exitCode()).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--rate must be > 0 and <= 100", rate);
    }

    @Test
    void demoRateThatIsNoNumberIsBadInput() {
        CommandRun run = CommandRun.of("serve", "--users", tmp.resolve("users.tsv").toString(),
                "--scenario", tmp.toString(), "--demo", "--rate", "fast");

        assertThat(run.exitCode()).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--rate", "fast");
    }

    @Test
    void rateWithoutDemoIsBadInput() {
        CommandRun run = CommandRun.of("serve", "--users", tmp.resolve("users.tsv").toString(), "--rate", "5");

        assertThat(run.exitCode()).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--rate", "--demo");
    }
}
