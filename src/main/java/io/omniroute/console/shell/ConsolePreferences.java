package io.omniroute.console.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's console settings (window place, last screen, theme, thresholds), kept in {@code console.properties}
 * in the data folder. Writes go to a temporary file that replaces the old one, so a crash never leaves half a file.
 */
public final class ConsolePreferences {

    public static final String FILE_NAME = "console.properties";

    private final Path file;
    private final Properties values = new Properties();

    private ConsolePreferences(Path file) {
        this.file = file;
    }

    /** Reads the file when it exists; a missing or unreadable file gives the defaults. */
    public static ConsolePreferences in(Path dataDir) {
        ConsolePreferences preferences = new ConsolePreferences(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(preferences.file)) {
            try (InputStream in = Files.newInputStream(preferences.file)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                preferences.values.clear();
            }
        }
        return preferences;
    }

    /** Preferences that are never saved: for tests and previews. */
    public static ConsolePreferences inMemory() {
        return new ConsolePreferences(null);
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public synchronized double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized int getInt(String key, int fallback) {
        try {
            return get(key).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    /** Writes the settings; a failure is reported, never fatal to the console. */
    public synchronized void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "Omniroute console settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the console settings to " + file, e);
        }
    }
}
