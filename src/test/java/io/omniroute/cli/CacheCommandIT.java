package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.FeedChange;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.NewCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code omniroute cache stats}: what the cache holds, as JSON, or one line saying why it cannot be read. */
class CacheCommandIT {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void statsPrintsEntityCountsCursorAndOutboxStatesAsJson() throws Exception {
        try (CacheDatabase database = CacheDatabase.open(dataDir)) {
            H2LocalStore store = H2LocalStore.on(database, Clock.systemUTC());
            store.applyPage(List.of(
                    new FeedChange(7, "node", "ST-1", 1, false, Optional.of("{\"node_id\":\"ST-1\"}")),
                    new FeedChange(8, "order", "O-1", 1, false, Optional.of("{\"order_id\":\"O-1\"}"))), 8);
            long first = store.enqueue(new NewCommand("CANCEL_LINES", "order", "O-1", 1, "{}", "", "ana"), NOW).id();
            store.enqueue(new NewCommand("CANCEL_LINES", "order", "O-1", 1, "{}", "", "ana"), NOW);
            store.markFailed(first, "nothing left to cancel", NOW);
        }

        CommandRun run = CommandRun.of("cache", "stats", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stats = new ObjectMapper().readTree(run.out());
        assertThat(stats.get("cursor").asLong()).isEqualTo(8);
        assertThat(stats.get("entities").get("node").asLong()).isEqualTo(1);
        assertThat(stats.get("entities").get("order").asLong()).isEqualTo(1);
        assertThat(stats.get("entities").get("inventory").asLong()).isZero();
        assertThat(stats.get("outbox").get("PENDING").asLong()).isEqualTo(1);
        assertThat(stats.get("outbox").get("FAILED").asLong()).isEqualTo(1);
        assertThat(stats.get("last_sync_at").isNull()).isFalse();
    }

    @Test
    void aMissingDataFolderIsOneLineAndExitCodeTwo() {
        Path missing = dataDir.resolve("nowhere");

        CommandRun run = CommandRun.of("cache", "stats", "--data-dir", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: the data folder").contains("does not exist").hasLineCount(1);
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFolderWithoutACacheIsOneLineAndExitCodeTwo() {
        CommandRun run = CommandRun.of("cache", "stats", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("there is no cache in").hasLineCount(1);
        assertThat(dataDir.resolve("cache.mv.db")).doesNotExist();
    }

    @Test
    void aCacheInUseByAnotherProcessIsOneLineAndExitCodeTwo() throws Exception {
        CacheDatabase.open(dataDir).close();
        Process console = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.omniroute.cache.EnqueueingChild",
                dataDir.toString()).redirectErrorStream(true).start();
        try {
            console.getInputStream().read(new byte[5]); // "ready": the child holds the file lock
            CommandRun run = CommandRun.of("cache", "stats", "--data-dir", dataDir.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("is in use by another process").hasLineCount(1);
        } finally {
            console.destroyForcibly().waitFor();
        }
    }
}
