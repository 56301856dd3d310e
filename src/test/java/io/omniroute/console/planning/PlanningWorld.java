package io.omniroute.console.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Sku;
import io.omniroute.sync.LoopbackServer;
import io.omniroute.sync.Password;
import io.omniroute.sync.RetryPolicy;
import io.omniroute.sync.SyncService;
import io.omniroute.sync.SyncSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A planner's world for the tests of planning over the cache and the exception screen: the real reference server on loopback over a generated
 * network, a real console cache that the real sync client fills as "plan", the console's in-memory data over it, and
 * a second planner ("other") who acts on the backend directly over HTTP. Orders are ECONOMY, so every node's
 * shipments keep the promise and stock alone decides.
 */
public final class PlanningWorld implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final LoopbackServer server;
    public final H2LocalStore store;
    public final ConsoleData data;
    private final CacheDatabase database;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String other;
    private final Set<String> usedSkus = new HashSet<>();
    private int orders;

    private PlanningWorld(LoopbackServer server, CacheDatabase database) {
        this.server = server;
        this.database = database;
        this.store = H2LocalStore.on(database, Clock.systemUTC());
        this.data = ConsoleData.over(store, ZipDirectory.bundled());
        this.other = login("other");
    }

    public static PlanningWorld start(Path folder) throws IOException {
        return new PlanningWorld(LoopbackServer.start(folder.resolve("server")),
                CacheDatabase.open(folder.resolve("cache")));
    }

    /**
     * Pulls the feed and sends the outbox, as the console's sync client does, and pulls once more when it sent
     * something so the backend's answer is in the cache; then loads the data the first time.
     */
    public void sync() {
        try (SyncService sync = SyncService.create(settings(), store)) {
            if (sync.runOnce().commandsSent() > 0) {
                sync.runOnce();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the sync failed: " + e.getMessage(), e);
        }
        if (!data.isLoaded()) {
            data.load(read -> { });
        }
    }

    private SyncSettings settings() {
        return SyncSettings.of(server.url(), "plan", Password.of(LoopbackServer.PASSWORD.toCharArray()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30))
                .withRetry(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 0.5),
                        Duration.ofMillis(20), Duration.ofMinutes(1));
    }

    /** A SKU no test used yet, stocked at two or three shipping nodes: {@code scarce()} orders exhaust it. */
    public String scarceSku() {
        Map<String, Integer> stock = new TreeMap<>();
        for (String sku : server.scenario.skus().stream().map(Sku::sku).toList()) {
            if (usedSkus.contains(sku)) {
                continue;
            }
            List<InventoryPosition> held = shippingPositions(sku);
            if (held.size() >= 2 && held.size() <= 3) {
                usedSkus.add(sku);
                return sku;
            }
            stock.put(sku, held.size());
        }
        throw new IllegalStateException("no SKU held at 2 or 3 shipping nodes: " + stock);
    }

    /** Units of the SKU every shipping node has to promise, as the scenario was imported. */
    public int totalAtp(String sku) {
        return shippingPositions(sku).stream().mapToInt(p -> p.onHand() - p.safetyStock()).sum();
    }

    /** The shipping nodes holding the SKU, most units first. */
    public List<String> holders(String sku) {
        return shippingPositions(sku).stream()
                .sorted(Comparator.comparingInt((InventoryPosition p) -> p.onHand() - p.safetyStock()).reversed())
                .map(InventoryPosition::nodeId).toList();
    }

    public int atp(String nodeId, String sku) {
        return shippingPositions(sku).stream().filter(p -> p.nodeId().equals(nodeId))
                .mapToInt(p -> p.onHand() - p.safetyStock()).sum();
    }

    private List<InventoryPosition> shippingPositions(String sku) {
        Set<String> shipping = server.scenario.nodes().stream().filter(Node::ship).map(Node::id)
                .collect(Collectors.toSet());
        return server.scenario.inventory().stream().filter(p -> p.sku().equals(sku))
                .filter(p -> shipping.contains(p.nodeId()) && p.onHand() - p.safetyStock() > 0).toList();
    }

    /** A one-line ECONOMY order to New York created by "other"; the backend sources it at once. */
    public JsonNode order(String sku, int qty) {
        String orderId = "X-" + (++orders);
        String body = """
                {"order_id": "%s", "channel": "WEB", "fulfillment": "SHIP", "service_level": "ECONOMY",
                 "lat": 40.7, "lon": -74.0, "zip": "10001", "customer_name": "Ada Park",
                 "lines": [{"line_no": 1, "sku": "%s", "qty": %d}]}
                """.formatted(orderId, sku, qty);
        return post("/api/v1/orders", body, 200);
    }

    /** A command by "other", straight to the backend. */
    public JsonNode command(String type, String target, long version, String payload) {
        return post("/api/v1/commands", """
                {"type": "%s", "target": "%s", "expected_version": %d, "payload": %s, "reason": "other planner"}
                """.formatted(type, target, version, payload), 200);
    }

    /** The order as the backend has it now. */
    public JsonNode backendOrder(String orderId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/orders/" + orderId))
                .header("Authorization", "Bearer " + other).GET().build();
        return send(request, 200);
    }

    private String login(String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user\": \"" + user + "\", \"password\": \"" + LoopbackServer.PASSWORD + "\"}")).build();
        return send(request, 200).get("token").asText();
    }

    private JsonNode post(String path, String body, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + other)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request, expected);
    }

    private JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        data.close();
        database.close();
        server.close();
    }
}
