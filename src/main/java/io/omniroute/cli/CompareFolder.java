package io.omniroute.cli;

import io.omniroute.engine.scenario.FolderMoves;
import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.whatif.Variant;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The --out folder of a comparison. Everything is written into a hidden sibling staging folder first and moved
 * into place only once complete, so a failed or cancelled run leaves --out as it was. In an existing --out, the
 * two run folders and the two files are replaced and anything else is kept.
 */
final class CompareFolder {

    static final String BASELINE = Variant.BASELINE;
    static final String VARIANT = CompareRun.VARIANT;
    static final String DIFF = "diff.csv";
    static final String REPORT = "report.html";

    private static final List<String> FOLDERS = List.of(BASELINE, VARIANT);
    private static final List<String> FILES = List.of(DIFF, REPORT);

    private final Path target;
    private final Path staging;

    private CompareFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Refuses, before any work, an --out where the results cannot go; then creates the staging folder. */
    static CompareFolder prepare(Path outDir) throws IOException {
        Path target = outDir.toAbsolutePath().normalize();
        List<InputProblem> problems = new ArrayList<>();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            problems.add(new InputProblem(target.toString(), 0, "", "exists and is not a folder"));
        } else {
            for (Path parent = target.getParent(); parent != null; parent = parent.getParent()) {
                if (Files.exists(parent) && !Files.isDirectory(parent)) {
                    problems.add(new InputProblem(target.toString(), 0, "", parent + " is a file, not a folder"));
                    break;
                }
            }
            for (String folder : FOLDERS) {
                if (Files.exists(target.resolve(folder)) && !Files.isDirectory(target.resolve(folder))) {
                    problems.add(new InputProblem(target.resolve(folder).toString(), 0, "",
                            "is a file; the result folder " + folder + "/ cannot replace it"));
                }
            }
            for (String file : FILES) {
                if (Files.isDirectory(target.resolve(file))) {
                    problems.add(new InputProblem(target.resolve(file).toString(), 0, "",
                            "is a folder; the result file " + file + " cannot replace it"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Files.createDirectories(target.getParent());
        return new CompareFolder(target, Files.createTempDirectory(target.getParent(),
                "." + target.getFileName() + ".partial-"));
    }

    /** Where a run's result files go while they are written. */
    Path runFolder(String run) {
        if (!FOLDERS.contains(run)) {
            throw new IllegalArgumentException("no result folder for run '" + run + "': expected one of " + FOLDERS);
        }
        return staging.resolve(run);
    }

    Path file(String name) {
        return staging.resolve(name);
    }

    /** Moves the complete results into --out: in one rename when it is new, else entry by entry. */
    void moveIntoPlace() throws IOException {
        if (Files.notExists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, target);
            return;
        }
        Path replaced = Files.createDirectory(staging.resolve(".replaced"));
        for (String folder : FOLDERS) {
            if (Files.exists(target.resolve(folder))) {
                move(target.resolve(folder), replaced.resolve(folder));
            }
            move(staging.resolve(folder), target.resolve(folder));
        }
        for (String file : FILES) {
            move(staging.resolve(file), target.resolve(file));
        }
    }

    /** Removes the staging folder, with whatever it still holds. */
    void discard() {
        FolderMoves.deleteQuietly(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
