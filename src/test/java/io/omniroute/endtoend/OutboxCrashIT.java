package io.omniroute.endtoend;

import static io.omniroute.endtoend.Console.cancelOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.OutboxState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console draining an outbox of 1,000 commands is killed with SIGKILL; after a restart everything drains, and the
 * server applied each command exactly once.
 */
class OutboxCrashIT {

    private static final int ORDERS = 100;
    private static final int UNITS = 10;
    private static final int COMMANDS = ORDERS * UNITS;
    /** Kill the child once this many have been answered, so it dies mid-drain. */
    private static final int KILL_AFTER = 100;

    @TempDir
    Path folder;

    @Test
    void outboxKilledMidDrainFinishesAfterRestartWithEachCommandAppliedExactlyOnce() throws Exception {
        Path cache = folder.resolve("console");
        try (EndToEndServer server = EndToEndServer.start(folder.resolve("server"))) {
            String other = server.login("other");
            Map<String, Long> versions = createOrders(server, other);
            enqueueAll(cache, server.url(), versions);

            int pendingAtKill = drainInAChildAndKillIt(cache, server.url());
            assertThat(pendingAtKill).as("killed mid-drain (see child.log)").isBetween(1, COMMANDS - KILL_AFTER);

            try (Console console = Console.open(cache, server.url())) {
                drain(console);
                Map<OutboxState, Long> outbox = console.store.stats().outbox();
                assertThat(outbox.get(OutboxState.APPLIED)).isEqualTo((long) COMMANDS);
                assertThat(outbox.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(COMMANDS);
                for (String orderId : versions.keySet()) {
                    assertThat(console.store.pendingMark(EntityTable.ORDER, orderId)).as(orderId).isZero();
                }
            }
            for (Map.Entry<String, Long> order : versions.entrySet()) {
                JsonNode onServer = server.get("/api/v1/orders/" + order.getKey(), other);
                assertThat(onServer.get("version").asLong()).as(order.getKey()).isEqualTo(order.getValue() + UNITS);
                assertThat(onServer.get("lines").get(0).get("cancelled_qty").asInt()).isEqualTo(UNITS);
                assertThat(onServer.get("events").findValuesAsText("type").stream()
                        .filter("CANCELLED"::equals)).as(order.getKey()).hasSize(UNITS);
            }
        }
    }

    /** Caches the orders, then queues one unit's cancellation per order, ten rounds over all orders. */
    private static void enqueueAll(Path cache, String serverUrl, Map<String, Long> versions) throws Exception {
        try (Console console = Console.open(cache, serverUrl)) {
            console.sync().runOnce();
            // command k of an order expects the version the k commands before it leave
            for (int k = 0; k < UNITS; k++) {
                for (Map.Entry<String, Long> order : versions.entrySet()) {
                    console.store.enqueue(cancelOne(order.getKey(), order.getValue() + k, "unit " + k),
                            Instant.now());
                }
            }
        }
    }

    /** The restarted console: one pass after another until nothing is pending (a retry waits its backoff). */
    private static void drain(Console console) throws Exception {
        for (int run = 0; run < 20; run++) {
            if (console.sync().runOnce().commandsPending() == 0) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static Map<String, Long> createOrders(EndToEndServer server, String token) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (int n = 0; n < ORDERS; n++) {
            String orderId = "O-CRASH-" + n;
            String sku = server.scenario.skus().get(n % server.scenario.skus().size()).sku();
            versions.put(orderId, server.createOrder(token, orderId, sku, UNITS).get("version").asLong());
        }
        return versions;
    }

    /** Returns how many commands were still pending when the child was killed. */
    private int drainInAChildAndKillIt(Path cache, String serverUrl) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DrainingChild.class.getName(), cache.toString(),
                serverUrl).redirectError(folder.resolve("child.log").toFile()).start();
        // a child that hangs is killed anyway, which ends the read below
        CompletableFuture.delayedExecutor(90, TimeUnit.SECONDS).execute(child::destroyForcibly);
        int pending = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("pending ")) {
                    pending = Integer.parseInt(line.substring("pending ".length()));
                    if (pending > 0 && pending <= COMMANDS - KILL_AFTER) {
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        return pending;
    }
}
