package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.scenario.ScenarioReader;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    private static final List<String> SCENARIO_FILES = List.of("nodes.csv", "skus.csv", "inventory.csv", "zones.csv",
            "carriers.csv", "service_levels.csv", "orders.csv", "order_lines.csv");
    private static final String[] SMALL = {"--nodes", "30", "--skus", "500", "--orders", "2000"};

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesEveryScenarioFileAndExitsZero() {
        Path dir = tmp.resolve("scenario");

        assertThat(run(dir, SMALL)).isZero();
        assertThat(SCENARIO_FILES).allSatisfy(name -> assertThat(dir.resolve(name)).isNotEmptyFile());
        assertThat(dir.resolve("rules.yaml")).doesNotExist();
        assertThat(out.toString()).startsWith("generated 30 nodes, 500 SKUs, ")
                .contains("2,000 orders", dir.toString());
    }

    @Test
    void sameSeedWritesByteIdenticalFiles() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        run(first, SMALL);
        run(second, SMALL);

        for (String name : SCENARIO_FILES) {
            assertThat(Files.mismatch(first.resolve(name), second.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherOrders() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        run(first, SMALL);
        run(second, with(SMALL, "--seed", "7"));

        assertThat(Files.mismatch(first.resolve("orders.csv"), second.resolve("orders.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void writtenScenarioReadsBackAsTheGeneratedOne() throws IOException {
        Path dir = tmp.resolve("scenario");
        run(dir, SMALL);

        assertThat(ScenarioReader.read(dir))
                .isEqualTo(ScenarioGenerator.generate(GeneratorSettings.of(30, 500, 2000, 7, 42)));
    }

    @Test
    void refusesANonEmptyFolderWithoutForce() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");

        assertThat(run(dir, SMALL)).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("is not empty", "--force");
        assertThat(dir.resolve("nodes.csv")).doesNotExist();
    }

    @Test
    void forceWritesIntoANonEmptyFolderAndKeepsOtherFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");

        assertThat(run(dir, with(SMALL, "--force"))).isZero();
        assertThat(dir.resolve("nodes.csv")).isNotEmptyFile();
        assertThat(dir.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void zeroNodesIsBadInput() {
        assertThat(run(tmp.resolve("x"), "--nodes", "0")).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--nodes is 0: must be at least 1");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void negativeOrdersIsBadInput() {
        assertThat(run(tmp.resolve("x"), "--orders", "-5")).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--orders is -5");
    }

    @Test
    void tooManyDaysIsBadInput() {
        assertThat(run(tmp.resolve("x"), "--days", "500")).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--days is 500: must be at most 366");
    }

    @Test
    void aWordForANumberIsBadInput() {
        assertThat(run(tmp.resolve("x"), "--skus", "many")).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--skus");
    }

    @Test
    void outMustNotBeAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.csv"), "x");

        assertThat(run(file, SMALL)).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("is a file");
    }

    @Test
    void helpShowsTheDefaults() {
        CommandLine cli = OmnirouteCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("generate", "--help")).isZero();
        assertThat(out.toString()).contains("--nodes", "(default: 300)", "(default: 20000)", "(default: 100000)",
                "(default: 7)", "(default: 42)", "--force");
    }

    private int run(Path dir, String... options) {
        CommandLine cli = OmnirouteCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("generate", "--out", dir.toString()));
        args.addAll(List.of(options));
        return cli.execute(args.toArray(String[]::new));
    }

    private static String[] with(String[] options, String... more) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
