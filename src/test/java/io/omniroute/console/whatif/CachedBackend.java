package io.omniroute.console.whatif;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.sync.LoopbackServer;
import io.omniroute.sync.Password;
import io.omniroute.sync.SyncService;
import io.omniroute.sync.SyncSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real reference server on loopback, orders placed through its API, and a console's real H2 cache synced from
 * it with the real sync client: what the What-if screen's cache baseline reads in the app.
 */
final class CachedBackend implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    final LoopbackServer server;
    final H2LocalStore store;
    final ConsoleData data;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    private CachedBackend(LoopbackServer server, H2LocalStore store, ConsoleData data, String token) {
        this.server = server;
        this.store = store;
        this.data = data;
        this.token = token;
    }

    /** Starts the server, places the scenario's orders {@code passes} times over (fresh ids), syncs the cache. */
    static CachedBackend start(Path folder, int passes) throws Exception {
        LoopbackServer server = LoopbackServer.start(folder.resolve("server"));
        H2LocalStore store = H2LocalStore.on(CacheDatabase.open(folder.resolve("cache")), Clock.systemUTC());
        CachedBackend backend = new CachedBackend(server, store, ConsoleData.over(store, ZipDirectory.bundled()),
                login(server));
        for (int pass = 1; pass <= passes; pass++) {
            backend.placeAgain(pass);
        }
        backend.sync();
        backend.data.load(read -> { });
        return backend;
    }

    /** Places the scenario's orders once more, with ids of this pass; sync to see them in the cache. */
    void placeAgain(int pass) throws IOException, InterruptedException {
        for (Order order : server.scenario.orders()) {
            place(order, order.orderId() + "-P" + pass);
        }
    }

    /** Pulls the backend's feed into the cache once. */
    void sync() throws Exception {
        try (SyncService sync = SyncService.create(SyncSettings.of(server.url(), "plan",
                Password.of(LoopbackServer.PASSWORD.toCharArray())), store)) {
            sync.runOnce();
        }
    }

    /** Reports the order shipped, as a WMS does: its reserved units leave on hand and reserved together. */
    void ship(String orderId) throws IOException, InterruptedException {
        String order = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/orders/" + orderId))
                .header("Authorization", "Bearer " + token).GET().build(), 200);
        Matcher version = VERSION.matcher(order);
        if (!version.find()) {
            throw new IllegalStateException("no version in " + order);
        }
        post("/api/v1/commands", """
                {"type": "SHIP_CONFIRM", "target": "%s", "expected_version": %s, "payload": {}, "reason": "left"}
                """.formatted(orderId, version.group(1)));
    }

    private void place(Order order, String id) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            lines.add(String.format(Locale.ROOT, "{\"line_no\": %d, \"sku\": \"%s\", \"qty\": %d}", line.lineNo(),
                    line.sku(), line.qty()));
        }
        String pickup = order.pickupNodeId().map(node -> ", \"pickup_node_id\": \"" + node + "\"").orElse("");
        post("/api/v1/orders", String.format(Locale.ROOT, "{\"order_id\": \"%s\", \"channel\": \"%s\","
                + " \"fulfillment\": \"%s\", \"service_level\": \"%s\", \"lat\": %s, \"lon\": %s, \"zip\": \"%s\","
                + " \"customer_name\": \"Test\"%s, \"lines\": [%s]}", id, order.channel(), order.fulfillment(),
                order.serviceLevel(), order.lat(), order.lon(), order.zip(), pickup, String.join(", ", lines)));
    }

    private void post(String path, String body) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 200);
    }

    private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String login(LoopbackServer server) throws IOException, InterruptedException {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                        + "/api/v1/sessions")).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"plan\", \"password\": \""
                        + LoopbackServer.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(reply.body());
        if (!token.find()) {
            throw new IllegalStateException("no token in " + reply.body());
        }
        return token.group(1);
    }

    @Override
    public void close() {
        data.close();
        store.close();
        server.close();
    }
}
