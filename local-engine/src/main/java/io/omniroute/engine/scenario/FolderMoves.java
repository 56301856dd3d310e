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

/** Moves a fully written staging folder into place so readers never see a half-written scenario. */
final class FolderMoves {

    private FolderMoves() {
    }

    /**
     * Renames {@code staging} to {@code target} when the target does not exist; otherwise replaces the listed files
     * in the target one by one and deletes {@code staleFile} from it unless it was among them.
     */
    static void moveIntoPlace(Path staging, Path target, List<String> files, String staleFile) throws IOException {
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
        if (!files.contains(staleFile)) {
            Files.deleteIfExists(target.resolve(staleFile));
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
    static void deleteQuietly(Path folder) {
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
