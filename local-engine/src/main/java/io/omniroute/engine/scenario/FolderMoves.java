package io.omniroute.engine.scenario;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Moves a fully written staging folder into place so readers never see a half-written result. */
public final class FolderMoves {

    private FolderMoves() {
    }

    /**
     * Renames {@code staging} to {@code target} when the target does not exist; otherwise replaces the listed files
     * in the target one by one and deletes {@code staleFile} from it unless it was among them.
     */
    public static void moveIntoPlace(Path staging, Path target, List<String> files, String staleFile)
            throws IOException {
        if (Files.notExists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, target);
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IOException("cannot write a scenario to " + target + ": it exists and is not a folder");
        }
        for (String file : files) {
            move(staging.resolve(file), target.resolve(file));
        }
        if (staleFile != null && !files.contains(staleFile)) {
            Files.deleteIfExists(target.resolve(staleFile));
        }
    }

    /**
     * Refuses, before any work is done, a target that is not a folder or that holds a folder where one of the
     * files must go, so the final moves cannot fail on them half-way.
     */
    public static void requireWritable(Path target, List<String> files) {
        List<InputProblem> problems = new java.util.ArrayList<>();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            problems.add(new InputProblem(target.toString(), 0, "", "exists and is not a folder"));
        } else {
            for (Path parent = target.getParent(); parent != null; parent = parent.getParent()) {
                if (Files.exists(parent) && !Files.isDirectory(parent)) {
                    problems.add(new InputProblem(target.toString(), 0, "", parent + " is a file, not a folder"));
                    break;
                }
            }
            for (String file : files) {
                if (Files.isDirectory(target.resolve(file))) {
                    problems.add(new InputProblem(target.resolve(file).toString(), 0, "",
                            "is a folder; the result file " + file + " cannot replace it"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a staging folder left behind by a failed write; failing to clean up must not hide that failure. */
    public static void deleteQuietly(Path folder) {
        if (Files.notExists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // best effort: the hidden folder is harmless and the write's own outcome is what the caller needs
        }
    }
}
