package io.omniroute.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo restarted on the same database carries on with fresh order ids, stamped with the time they arrive, instead
 * of colliding with its earlier run's orders.
 */
class DemoRestartIT {

    /** Slow enough that the first run stops long before it has placed every order of the scenario's first pass. */
    private static final DemoSettings STEADY = new DemoSettings(5, 7, DemoPace.standard());

    @TempDir
    Path folder;

    @Test
    void restartedDemoReplaysTheNextPassUnderFreshIds() throws Exception {
        try (DemoServer first = DemoServer.start(folder, STEADY)) {
            awaitOrder(first, id -> true);
        }

        Instant restarted = Instant.now();
        try (DemoServer second = DemoServer.start(folder, STEADY)) {
            JsonNode replayed = awaitOrder(second, id -> id.endsWith("-R2"));

            assertThat(Instant.parse(replayed.get("data").get("created_at").asText())).isAfter(restarted);
        }
    }

    private static JsonNode awaitOrder(DemoServer server, Predicate<String> id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<JsonNode> found = server.changesAfter(0).stream()
                    .filter(r -> r.get("entity").asText().equals("order") && id.test(r.get("id").asText())).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no matching demo order appeared within 20 s");
    }
}
