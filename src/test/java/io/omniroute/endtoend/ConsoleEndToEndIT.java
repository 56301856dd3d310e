package io.omniroute.endtoend;

import static io.omniroute.endtoend.Console.await;
import static io.omniroute.endtoend.Console.cancelOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.sync.ConnectionState;
import io.omniroute.sync.SyncService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's real H2 cache, the sync client and the reference server, in one JVM over loopback. */
class ConsoleEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private EndToEndServer server;
    private Console console;
    private String other;

    @BeforeEach
    void start() throws IOException {
        server = EndToEndServer.start(folder.resolve("server"));
        console = Console.open(folder.resolve("console"), server.url());
        other = server.login("other");
    }

    @AfterEach
    void stop() {
        console.close();
        server.close();
    }

    @Test
    void initialSyncFillsTheCacheWithEveryEntityOfTheFeed() throws Exception {
        console.sync().runOnce();

        Map<EntityTable, Long> onServer = liveEntitiesInTheFeed();
        assertThat(onServer.get(EntityTable.INVENTORY)).isPositive();
        assertThat(console.store.stats().entities()).isEqualTo(onServer);
        assertThat(console.store.cursor()).isEqualTo(server.get("/api/v1/health", other).get("last_seq").asLong());
    }

    @Test
    void changeCommittedOnTheServerArrivesInTheCacheOverTheStream() throws Exception {
        try (SyncService sync = console.sync()) {
            sync.start();
            await("online", () -> sync.status().state() == ConnectionState.ONLINE);

            JsonNode order = server.createOrder(other, "O-E2E-1", 2);
            await("the new order cached", () -> cachedOrder("O-E2E-1") != null);
            server.post("/api/v1/commands", other, UUID.randomUUID().toString(), commandJson("O-E2E-1",
                    order.get("version").asLong(), "first")).expect(200);

            await("the cancellation cached",
                    () -> cachedOrder("O-E2E-1").get("lines").get(0).get("cancelled_qty").asInt() == 1);
        }
    }

    @Test
    void actionsTakenOfflineQueueWithPendingMarksAndDrainInOrderOnReconnect() throws Exception {
        long version = server.createOrder(other, "O-E2E-2", 5).get("version").asLong();
        try (SyncService sync = console.sync()) {
            sync.start();
            await("the order cached", () -> cachedOrder("O-E2E-2") != null);
            server.stop();
            List<OutboxCommand> queued = new ArrayList<>();
            for (String reason : List.of("first", "second", "third")) {
                queued.add(console.store.enqueue(cancelOne("O-E2E-2", version + queued.size(), reason),
                        Instant.now()));
            }
            assertThat(console.store.pendingMark(EntityTable.ORDER, "O-E2E-2")).isEqualTo(3);
            await("the first send failed twice", () -> console.command(queued.get(0).id()).attempts() >= 2);
            assertThat(queued).allMatch(c -> console.command(c.id()).state() == OutboxState.PENDING);

            server.restart();

            await("all applied", () -> queued.stream()
                    .allMatch(c -> console.command(c.id()).state() == OutboxState.APPLIED));
            assertThat(console.store.pendingMark(EntityTable.ORDER, "O-E2E-2")).isZero();
            await("the cancellations cached",
                    () -> cachedOrder("O-E2E-2").get("lines").get(0).get("cancelled_qty").asInt() == 3);
        }
        assertThat(cancellationReasons("O-E2E-2")).containsExactly("first", "second", "third");
    }

    @Test
    void conflictWithASecondClientShowsTheServersViewAndReapplyOnItSucceeds() throws Exception {
        long version = server.createOrder(other, "O-E2E-3", 5).get("version").asLong();
        console.sync().runOnce();
        OutboxCommand mine = console.store.enqueue(cancelOne("O-E2E-3", version, "mine"), Instant.now());
        server.post("/api/v1/commands", other, UUID.randomUUID().toString(),
                commandJson("O-E2E-3", version, "theirs")).expect(200);

        console.sync().runOnce();

        OutboxCommand conflict = console.command(mine.id());
        assertThat(conflict.state()).isEqualTo(OutboxState.CONFLICT);
        JsonNode serverView = JSON.readTree(conflict.serverView().orElseThrow());
        assertThat(serverView.get("version").asLong()).isEqualTo(version + 1);
        assertThat(serverView.get("lines").get(0).get("cancelled_qty").asInt()).isEqualTo(1);
        assertThat(console.store.pendingMark(EntityTable.ORDER, "O-E2E-3")).isEqualTo(1);

        console.store.reapply(mine.id(), serverView.get("version").asLong(), Instant.now());
        console.sync().runOnce();

        assertThat(console.command(mine.id()).state()).isEqualTo(OutboxState.APPLIED);
        assertThat(console.store.pendingMark(EntityTable.ORDER, "O-E2E-3")).isZero();
        assertThat(cancellationReasons("O-E2E-3")).containsExactly("theirs", "mine");
    }

    private JsonNode cachedOrder(String orderId) {
        return console.store.entityJson(EntityTable.ORDER, orderId).map(ConsoleEndToEndIT::tree).orElse(null);
    }

    private List<String> cancellationReasons(String orderId) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode event : server.get("/api/v1/orders/" + orderId, other).get("events")) {
            if (event.get("type").asText().equals("CANCELLED")) {
                reasons.add(event.get("reason").asText());
            }
        }
        return reasons;
    }

    /** Entities per table that the whole feed leaves alive (the latest row of each id is not a deletion). */
    private Map<EntityTable, Long> liveEntitiesInTheFeed() {
        Map<String, Boolean> deletedById = new HashMap<>();
        long cursor = 0;
        boolean more = true;
        while (more) {
            JsonNode page = server.get("/api/v1/changes?limit=10000&after=" + cursor, other);
            for (JsonNode change : page.get("changes")) {
                deletedById.put(change.get("entity").asText() + "/" + change.get("id").asText(),
                        change.path("deleted").asBoolean(false));
            }
            cursor = page.get("last_seq").asLong();
            more = page.get("has_more").asBoolean();
        }
        Map<EntityTable, Long> live = new EnumMap<>(EntityTable.class);
        for (EntityTable entity : EntityTable.values()) {
            live.put(entity, 0L);
        }
        deletedById.forEach((key, deleted) -> {
            if (!deleted) {
                live.merge(EntityTable.of(key.substring(0, key.indexOf('/'))), 1L, Long::sum);
            }
        });
        return live;
    }

    private static String commandJson(String orderId, long expectedVersion, String reason) {
        return """
                {"type": "CANCEL_LINES", "target": "%s", "expected_version": %d, "reason": "%s",
                 "payload": {"lines": [{"line_no": 1, "qty": 1}]}}
                """.formatted(orderId, expectedVersion, reason);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
