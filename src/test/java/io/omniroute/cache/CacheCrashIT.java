package io.omniroute.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acknowledged enqueue survives kill -9 of the console exactly once, together with its pending mark. */
class CacheCrashIT {

    private static final int ACKNOWLEDGED = 300;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedEnqueueSurvivesKillMinusNineExactlyOnce() throws Exception {
        try (CacheDatabase database = CacheDatabase.open(dataDir)) {
            H2LocalStore.on(database, Clock.systemUTC()).applyPage(List.of(TestFeed.order(1, "O-1", 1, "SOURCED")), 1);
        }
        Map<Long, String> acknowledged = new HashMap<>();
        Process child = startChild();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && acknowledged.size() < ACKNOWLEDGED;
                    line = lines.readLine()) {
                if (line.startsWith("ack ")) {
                    String[] parts = line.split(" ");
                    acknowledged.put(Long.parseLong(parts[1]), parts[2]);
                }
            }
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("acknowledged before the kill (see child.log)").hasSize(ACKNOWLEDGED);

        try (CacheDatabase database = CacheDatabase.open(dataDir)) {
            H2LocalStore store = H2LocalStore.on(database, Clock.systemUTC());
            List<OutboxCommand> queued = store.commands(List.of(OutboxState.PENDING));
            Map<String, Long> perKey = queued.stream()
                    .collect(Collectors.groupingBy(OutboxCommand::idempotencyKey, Collectors.counting()));
            Map<Long, String> keyById = queued.stream()
                    .collect(Collectors.toMap(OutboxCommand::id, OutboxCommand::idempotencyKey));
            acknowledged.forEach((id, key) -> {
                assertThat(keyById).as("command " + id).containsEntry(id, key);
                assertThat(perKey).as("key " + key).containsEntry(key, 1L);
            });
            // the mark and the command are one transaction: whatever got in, both got in
            assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(queued.size());
            assertThat(queued).extracting(OutboxCommand::id).isSorted();
            assertThat(queued.stream().map(OutboxCommand::id).collect(Collectors.toMap(Function.identity(), id -> 1)))
                    .hasSize(queued.size());
        }
    }

    private Process startChild() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EnqueueingChild.class.getName(), dataDir.toString()));
        return new ProcessBuilder(command).redirectError(dataDir.resolve("child.log").toFile()).start();
    }
}
