package io.omniroute.console.whatif;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files written beside their target and moved over it in one step: a crash or a full disk leaves the old file or
 * the new one, never half of either.
 */
final class AtomicFiles {

    /** Writes the whole file at the path it is given. */
    @FunctionalInterface
    interface Writing {
        void to(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    static void write(Path target, Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".writing-" + System.nanoTime());
        try {
            writing.to(partial);
            try {
                Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
