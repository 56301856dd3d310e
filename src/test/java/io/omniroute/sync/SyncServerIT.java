package io.omniroute.sync;

import static io.omniroute.sync.SyncFeedTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrofit2.Response;

/** The sync client end to end against the real reference server, in this JVM over loopback. */
class SyncServerIT {

    private static final String CANCEL_ONE = "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}";

    @TempDir
    Path folder;

    private LoopbackServer server;
    private final InMemoryStore store = new InMemoryStore();

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackServer.start(folder);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void initialPullBringsTheWholeFeedIntoTheStore() throws Exception {
        long serverLastSeq = client("other").health.health().execute().body().lastSeq();

        SyncReport report = sync("plan").runOnce();

        assertThat(store.cursor()).isEqualTo(serverLastSeq).isPositive();
        assertThat(report.pull().changes()).isEqualTo(serverLastSeq);
        assertThat(report.pull().pages()).isGreaterThan(1);
        assertThat(store.entity("node", server.scenario.nodes().get(0).id())).isPresent();
    }

    @Test
    void commandIsAppliedAndTheFeedBringsTheNewVersionBack() throws Exception {
        JsonNode order = createOrder("O-SYNC-1");
        try (SyncService sync = sync("plan")) {
            sync.start();
            await(() -> store.entity("order", "O-SYNC-1").isPresent());

            OutboxCommand command = store.enqueue(cancelOne(order), Instant.now());
            await(() -> store.command(command.id()).state() == OutboxState.APPLIED);

            long next = order.get("version").asLong() + 1;
            await(() -> store.entity("order", "O-SYNC-1").orElseThrow().version() == next);
        }
    }

    @Test
    void changeMadeByASecondClientSurfacesAsConflict() throws Exception {
        JsonNode order = createOrder("O-SYNC-2");
        OutboxCommand mine = store.enqueue(cancelOne(order), Instant.now());
        Response<CommandResult> theirs = client("other").commands.send(UUID.randomUUID().toString(),
                new CommandRequest("CANCEL_LINES", "O-SYNC-2", order.get("version").asLong(), CANCEL_ONE, "first"))
                .execute();
        assertThat(theirs.code()).isEqualTo(200);

        sync("plan").runOnce();

        OutboxCommand conflict = store.command(mine.id());
        assertThat(conflict.state()).isEqualTo(OutboxState.CONFLICT);
        assertThat(conflict.serverView().orElseThrow()).contains("\"order_id\":\"O-SYNC-2\"");
    }

    @Test
    void commandsQueuedWhileTheServerIsDownDrainOnceItIsBack() throws Exception {
        JsonNode order = createOrder("O-SYNC-3");
        try (SyncService sync = sync("plan")) {
            sync.start();
            await(() -> store.entity("order", "O-SYNC-3").isPresent());
            server.stop();
            OutboxCommand command = store.enqueue(cancelOne(order), Instant.now());
            await(() -> store.command(command.id()).attempts() >= 2);
            assertThat(store.command(command.id()).state()).isEqualTo(OutboxState.PENDING);

            server.restart();

            await(() -> store.command(command.id()).state() == OutboxState.APPLIED);
            await(() -> sync.status().state() == ConnectionState.ONLINE && sync.status().pendingCommands() == 0);
        }
    }

    private NewCommand cancelOne(JsonNode order) {
        return new NewCommand("CANCEL_LINES", "order", order.get("order_id").asText(), order.get("version").asLong(),
                CANCEL_ONE, "customer asked", "plan");
    }

    private JsonNode createOrder(String orderId) throws Exception {
        JsonNode body = SyncJson.MAPPER.readTree("""
                {"order_id": "%s", "channel": "WEB", "fulfillment": "SHIP", "service_level": "STANDARD",
                 "lat": 40.7, "lon": -74.0, "zip": "10001", "customer_name": "Ada Park",
                 "lines": [{"line_no": 1, "sku": "%s", "qty": 2}]}
                """.formatted(orderId, server.scenario.skus().get(0).sku()));
        Response<JsonNode> created = client("other").orders.create(UUID.randomUUID().toString(), body).execute();
        assertThat(created.code()).isEqualTo(200);
        return created.body();
    }

    private SyncSettings settings(String user) {
        return SyncSettings.of(server.url(), user, Password.of(LoopbackServer.PASSWORD.toCharArray()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30))
                .withRetry(new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(500), 0.5),
                        Duration.ofMillis(20), Duration.ofMillis(200));
    }

    private BackendClient client(String user) {
        return BackendClient.create(settings(user));
    }

    private SyncService sync(String user) {
        return SyncService.create(settings(user).withPageSize(500), store);
    }
}
