package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The root command on a real cache file. */
class OmnirouteCommandIT {

    @TempDir
    Path dataDir;

    @Test
    void aRemoteUsersCacheFilledFromAnotherBackendIsRefusedInOneLine() {
        Path anasCache = dataDir.resolve("remote").resolve("127.0.0.1_9").resolve("ana");
        try (CacheDatabase cache = CacheDatabase.open(anasCache)) {
            H2LocalStore store = H2LocalStore.on(cache, Clock.systemUTC());
            store.rememberSource("http://127.0.0.1:7", "ana");
            store.applyPage(List.of(), 42);
        }
        StringWriter err = new StringWriter();
        CommandLine commandLine = OmnirouteCommand.commandLine(new OmnirouteCommand(
                name -> name.equals("OMNIROUTE_PASSWORD") ? "secret password" : null,
                new ByteArrayInputStream(new byte[0])));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));

        int code = commandLine.execute("--headless", "--server", "http://127.0.0.1:9", "--user", "ana",
                "--data-dir", dataDir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("holds the data of http://127.0.0.1:7 as ana, not of http://127.0.0.1:9"
                + " as ana").doesNotContain("secret password");
    }
}
