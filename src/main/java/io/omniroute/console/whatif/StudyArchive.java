package io.omniroute.console.whatif;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.FolderMoves;
import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.scenario.ScenarioReader;
import io.omniroute.engine.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A study file: a zip holding {@code baseline/} (the baseline's scenario in the folder format, so a study reopens
 * offline and after the cache has moved on) and {@code study.yaml}, written last. It is written beside the target
 * and moved over it in one step, so a crash leaves the old file or the new one, never half of either; a file cut
 * short loses the zip's directory, which sits at its end, and is refused.
 */
final class StudyArchive {

    static final String EXTENSION = ".whatif";
    static final String STUDY_YAML = "study.yaml";
    static final String BASELINE = "baseline/";

    private StudyArchive() {
    }

    static void write(Study study, Path target, Instant savedAt) throws IOException {
        Path scratch = Files.createTempDirectory("omniroute-study-");
        try {
            Path folder = scratch.resolve("baseline");
            ScenarioWriter.write(study.scenario(), folder);
            String yaml = StudyYamlWriter.write(study, savedAt);
            AtomicFiles.write(target, partial -> zip(folder, yaml, partial));
        } finally {
            FolderMoves.deleteQuietly(scratch);
        }
    }

    /** The baseline's files first and study.yaml last, so a reader that finds it knows the rest is there. */
    private static void zip(Path folder, String yaml, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path one : files.sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(BASELINE + one.getFileName()));
                    Files.copy(one, zip);
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry(STUDY_YAML));
            zip.write(yaml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** @throws InvalidInputException naming the file, and inside it the entry, line and field of each problem */
    static Study read(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path scratch = Files.createTempDirectory("omniroute-study-");
        try (ZipFile zip = open(file)) {
            ZipEntry yamlEntry = zip.getEntry(STUDY_YAML);
            if (yamlEntry == null) {
                throw InvalidInputException.of(name, 0, "", "holds no " + STUDY_YAML + ": it is not a study, or it"
                        + " was not saved completely");
            }
            String text;
            try (InputStream in = zip.getInputStream(yamlEntry)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            StudyYamlReader.Parsed parsed = StudyYamlReader.read(text, name + ":" + STUDY_YAML);
            Path folder = unpackBaseline(zip, scratch.resolve("baseline"), name);
            Scenario scenario = readScenario(folder, name);
            checkCounts(parsed.counts(), scenario, name);
            Baseline baseline = new Baseline(scenario, new BaselineOrigin.FromStudy(parsed.origin(), file),
                    parsed.unitsGivenBack(), parsed.ordersLeftOut(), parsed.positionsLeftOut(), parsed.notes());
            return new Study(baseline, parsed.variants(), parsed.results());
        } finally {
            FolderMoves.deleteQuietly(scratch);
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw InvalidInputException.of(file.getFileName().toString(), 0, "", "is not a complete study file ("
                    + e.getMessage() + "): it was cut short or is not a study");
        }
    }

    private static Path unpackBaseline(ZipFile zip, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String entryName = entry.getName();
            if (!entryName.startsWith(BASELINE) || entryName.equals(BASELINE)) {
                continue;
            }
            String leaf = entryName.substring(BASELINE.length());
            // only plain file names: an entry reaching outside the folder is a damaged or hostile file
            if (leaf.isEmpty() || leaf.contains("/") || leaf.contains("\\") || leaf.startsWith(".")) {
                throw InvalidInputException.of(name, 0, entryName, "is not a file of a scenario folder");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, folder.resolve(leaf));
            }
        }
        return folder;
    }

    private static Scenario readScenario(Path folder, String name) throws IOException {
        try {
            return ScenarioReader.read(folder);
        } catch (InvalidInputException e) {
            List<InputProblem> located = new ArrayList<>();
            for (InputProblem problem : e.problems()) {
                located.add(new InputProblem(name + ":" + BASELINE + problem.file(), problem.line(), problem.field(),
                        problem.message()));
            }
            throw new InvalidInputException(located);
        }
    }

    /** A snapshot that read well but holds fewer rows than saved was cut at a line's end: still refused. */
    private static void checkCounts(StudyYamlReader.Counts counts, Scenario scenario, String name) {
        List<InputProblem> problems = new ArrayList<>();
        compare(problems, name, "orders.csv", "orders", counts.orders(), scenario.orders().size());
        compare(problems, name, "nodes.csv", "nodes", counts.nodes(), scenario.nodes().size());
        compare(problems, name, "skus.csv", "skus", counts.skus(), scenario.skus().size());
        compare(problems, name, "inventory.csv", "positions", counts.positions(), scenario.inventory().size());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void compare(List<InputProblem> problems, String name, String file, String field, long saved,
            long read) {
        if (saved != read) {
            problems.add(new InputProblem(name + ":" + BASELINE + file, 0, "", "holds " + read + " " + field
                    + " but " + STUDY_YAML + " field baseline." + field + " says " + saved
                    + ": the study was not saved completely"));
        }
    }
}
