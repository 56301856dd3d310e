package io.omniroute.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolePreferencesTest {

    @TempDir
    Path dataDir;

    @Test
    void savedValuesComeBackInTheNextSession() {
        ConsolePreferences first = ConsolePreferences.in(dataDir);
        first.put("window.width", "1280");
        first.put("window.screen", "INVENTORY");
        first.save();

        ConsolePreferences second = ConsolePreferences.in(dataDir);

        assertThat(second.getDouble("window.width", 0)).isEqualTo(1280);
        assertThat(second.get("window.screen")).contains("INVENTORY");
        assertThat(dataDir.resolve(ConsolePreferences.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void aMissingFolderGivesTheDefaultsAndIsCreatedOnSave() {
        Path fresh = dataDir.resolve("not/yet");
        ConsolePreferences preferences = ConsolePreferences.in(fresh);

        assertThat(preferences.getInt("inventory.staleHours", 24)).isEqualTo(24);
        preferences.put("inventory.staleHours", "48");
        preferences.save();

        assertThat(ConsolePreferences.in(fresh).getInt("inventory.staleHours", 24)).isEqualTo(48);
    }

    @Test
    void aValueThatIsNotANumberGivesTheDefault() throws IOException {
        Files.writeString(dataDir.resolve(ConsolePreferences.FILE_NAME), "window.width=wide\n");

        assertThat(ConsolePreferences.in(dataDir).getDouble("window.width", 1400)).isEqualTo(1400);
    }
}
