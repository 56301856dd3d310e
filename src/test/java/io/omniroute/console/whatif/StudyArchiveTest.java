package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.whatif.StockScope;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study saved and read back whole, and a damaged one refused with the file, line and field at fault. */
class StudyArchiveTest {

    private static final Instant SAVED = Instant.parse("2026-03-05T12:30:00Z");
    private static final String RULES = """
            # a comment, and a line with trailing spaces  \s
            profiles:
              - name: no-stores
                filters:
                  node_types: [DC, DARK_STORE]
            """;

    @TempDir
    Path temp;

    @Test
    void everyKindOfChangeAndTheBaselineComeBackAsSaved() throws IOException {
        Baseline baseline = WhatIfScenarios.baseline(80);
        String node = baseline.scenario().nodes().get(0).id();
        String other = baseline.scenario().nodes().get(1).id();
        String sku = baseline.scenario().skus().get(0).sku();
        List<ChangeSpec> changes = List.of(new ChangeSpec.CloseNode(node), new ChangeSpec.OpenNode(other),
                new ChangeSpec.SetCapacity(node, OptionalInt.of(250)), new ChangeSpec.SetCapacity(other,
                        OptionalInt.empty()), new ChangeSpec.ScaleCapacity(node, 1.5),
                new ChangeSpec.ScaleStock(new StockScope(Optional.of(node), Optional.of(sku), Optional.empty()), 0.8),
                new ChangeSpec.MoveStock(node, other, StockScope.category("garden"), 0.25),
                new ChangeSpec.ScaleCarrierRates(Optional.of("UPS"), 1.1),
                new ChangeSpec.ScaleCarrierRates(Optional.empty(), 0.9), new ChangeSpec.ScaleDemand(1.2, 7),
                ChangeSpec.ReplaceRules.parse(RULES, "no-stores.yaml"));
        Study study = new Study(baseline, List.of(new Study.VariantSpec("every change: ü & \"quotes\"", changes),
                new Study.VariantSpec("none", List.of())), Optional.empty());
        Path file = temp.resolve("all.whatif");

        StudyArchive.write(study, file, SAVED);
        Study read = StudyArchive.read(file);

        assertThat(read.variants()).isEqualTo(study.variants());
        assertThat(read.scenario()).isEqualTo(baseline.scenario());
        assertThat(read.baseline().origin()).isEqualTo(new BaselineOrigin.FromStudy(baseline.origin(), file));
        assertThat(((ChangeSpec.ReplaceRules) read.variants().get(0).changes().get(10)).yaml()).isEqualTo(RULES);
    }

    @Test
    void savedResultsComeBackAndTheWriteLeavesNoPartialFileBehind() throws IOException {
        Study study = new Study(WhatIfScenarios.baseline(20), List.of(), Optional.of(new Study.SavedResults(SAVED,
                List.of(new Study.SavedRun("baseline", java.util.Map.of("fill rate", 0.9663), 0)))));
        Path file = temp.resolve("results.whatif");

        StudyArchive.write(study, file, SAVED);

        assertThat(StudyArchive.read(file).results()).isEqualTo(study.results());
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("results.whatif");
        }
    }

    @Test
    void aFileCutShortIsRefusedNamingIt() throws IOException {
        Path file = saved("cut.whatif");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThatThrownBy(() -> StudyArchive.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cut.whatif").hasMessageContaining("not a complete study file");
    }

    @Test
    void aBadValueIsNamedByLineAndField() throws IOException {
        Path file = rewritten("bad.whatif", yaml -> yaml.replace("factor: 1.5", "factor: lots"));

        List<InputProblem> problems = problems(file);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("bad.whatif:study.yaml");
            assertThat(problem.field()).isEqualTo("variants[0].changes[1].factor");
            assertThat(problem.line()).isEqualTo(lineOf(file, "factor: lots"));
            assertThat(problem.message()).contains("'lots' is not a number");
        });
    }

    @Test
    void aStudyWithoutItsClosingMarkWasNotWrittenCompletely() throws IOException {
        Path file = rewritten("half.whatif", yaml -> yaml.replace("complete: true\n", ""));

        assertThat(problems(file)).extracting(InputProblem::field, InputProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("complete",
                        "is missing: the study file was not written completely or was edited"));
    }

    @Test
    void aBaselineWithFewerOrdersThanSavedIsRefused() throws IOException {
        Path file = rewritten("short.whatif", yaml -> yaml.replaceFirst("orders: 30", "orders: 31"));

        assertThat(problems(file)).singleElement().satisfies(problem -> assertThat(problem.toString())
                .isEqualTo("short.whatif:baseline/orders.csv: holds 30 orders but study.yaml field baseline.orders"
                        + " says 31: the study was not saved completely"));
    }

    @Test
    void anUnknownChangeTypeAndAnUnknownKeyAreBothListed() throws IOException {
        Path file = rewritten("typo.whatif", yaml -> yaml.replace("type: close_node", "type: shut_node")
                .replace("factor: 1.5", "factr: 1.5"));

        assertThat(problems(file)).extracting(InputProblem::field)
                .containsExactlyInAnyOrder("variants[0].changes[0].type", "variants[0].changes[1].factr",
                        "variants[0].changes[1].factor");
    }

    private Path saved(String name) throws IOException {
        Baseline baseline = WhatIfScenarios.baseline(30);
        String node = baseline.scenario().nodes().get(0).id();
        Study study = new Study(baseline, List.of(new Study.VariantSpec("v", List.of(new ChangeSpec.CloseNode(node),
                new ChangeSpec.ScaleCapacity(node, 1.5)))), Optional.empty());
        Path file = temp.resolve(name);
        StudyArchive.write(study, file, SAVED);
        return file;
    }

    /** A saved study whose study.yaml was edited, the rest left as written. */
    private Path rewritten(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path original = saved("original-" + name);
        Path file = temp.resolve(name);
        try (ZipFile zip = new ZipFile(original.toFile());
             OutputStream out = Files.newOutputStream(file); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(StudyArchive.STUDY_YAML)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return file;
    }

    private static List<InputProblem> problems(Path file) {
        try {
            StudyArchive.read(file);
        } catch (InvalidInputException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(file + " was read without a problem");
    }

    private static int lineOf(Path file, String text) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String yaml = new String(zip.getInputStream(zip.getEntry(StudyArchive.STUDY_YAML)).readAllBytes(),
                    StandardCharsets.UTF_8);
            List<String> lines = yaml.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }
}
