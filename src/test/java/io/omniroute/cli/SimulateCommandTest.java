package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @TempDir
    static Path temp;
    static Path scenario;

    @BeforeAll
    static void generateSmallScenario() {
        scenario = temp.resolve("scenario");
        CommandRun run = CommandRun.of("generate", "--out", scenario.toString(), "--nodes", "30", "--skus", "400",
                "--orders", "1500", "--seed", "7");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void simulateWritesEveryResultFileAndPrintsKpis() {
        Path out = temp.resolve("run");

        CommandRun run = CommandRun.of("simulate", "--scenario", scenario.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("fill rate", "split rate", "cost per order");
        for (String file : List.of("allocations.csv", "shipments.csv", "exceptions.csv", "kpis.json")) {
            assertThat(out.resolve(file)).isRegularFile();
        }
    }

    @Test
    void simulateTwiceGivesByteIdenticalFiles() throws IOException {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        CommandRun.of("simulate", "-q", "--scenario", scenario.toString(), "--out", first.toString());
        CommandRun.of("simulate", "-q", "--scenario", scenario.toString(), "--out", second.toString());

        assertThat(Files.readAllBytes(second.resolve("shipments.csv")))
                .isEqualTo(Files.readAllBytes(first.resolve("shipments.csv")));
        assertThat(Files.readAllBytes(second.resolve("kpis.json"))).isEqualTo(Files.readAllBytes(first.resolve("kpis.json")));
    }

    @Test
    void badInputNamesFileLineAndFieldAndExitsTwo() throws IOException {
        Path broken = temp.resolve("broken");
        copyScenario(broken);
        List<String> lines = Files.readAllLines(broken.resolve("inventory.csv"));
        String[] fields = lines.get(3).split(",", -1);
        fields[2] = "-3";
        lines.set(3, String.join(",", fields));
        Files.write(broken.resolve("inventory.csv"), lines);
        Path out = temp.resolve("never");

        CommandRun run = CommandRun.of("simulate", "--scenario", broken.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("inventory.csv line 4 field on_hand").contains("-3");
        assertThat(out).doesNotExist();
    }

    @Test
    void rulesFileWithProblemsIsRefusedWithEveryProblem() throws IOException {
        Path rules = temp.resolve("bad-rules.yaml");
        Files.writeString(rules, """
                profiles:
                  - name: a
                    objective:
                      split_penalty: -1
                    constraints:
                      max_shipments: 0
                """);

        CommandRun run = CommandRun.of("simulate", "--scenario", scenario.toString(), "--out",
                temp.resolve("r").toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("split_penalty").contains("max_shipments").contains("line 4");
    }

    @Test
    void outputPathThatIsAFileIsAClearErrorWithoutAStackTrace() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file.txt"), "not a folder");

        CommandRun run = CommandRun.of("simulate", "--scenario", scenario.toString(), "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a-file.txt").contains("not a folder").doesNotContain("Exception");
    }

    @Test
    void missingScenarioFolderIsAClearError() {
        CommandRun run = CommandRun.of("simulate", "--scenario", temp.resolve("nowhere").toString(), "--out",
                temp.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nodes.csv");
    }

    @Test
    void explainPrintsTheCascadeShipmentsAndEveryNode() throws IOException {
        String orderId = Files.readAllLines(scenario.resolve("orders.csv")).get(20).split(",")[0];

        CommandRun run = CommandRun.of("explain", "--scenario", scenario.toString(), "--order", orderId);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Order " + orderId).contains("Rule cascade:").contains("Every node (30)");
    }

    @Test
    void explainOfUnknownOrderExitsTwo() {
        CommandRun run = CommandRun.of("explain", "--scenario", scenario.toString(), "--order", "NO-SUCH-ORDER");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("NO-SUCH-ORDER");
    }

    @Test
    void benchReportsMedians() {
        CommandRun run = CommandRun.of("bench", "--scenario", scenario.toString(), "--runs", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("median").contains("orders/s");
    }

    private static void copyScenario(Path target) throws IOException {
        Files.createDirectories(target);
        try (var files = Files.list(scenario)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
