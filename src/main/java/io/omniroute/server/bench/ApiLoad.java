package io.omniroute.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.server.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Measures the API from outside, as a client sees it: the change feed read in full pages; new orders from
 * concurrent clients, each a POST with its own Idempotency-Key, from customers spread over the network's store
 * locations; then REROUTE commands on those orders, each moving a unit between two nodes that hold the SKU.
 */
public final class ApiLoad {

    /** What one run measured. */
    public record Result(long changes, double changesPerSecond, LoadPhase.Stats orders, LoadPhase.Stats commands) {
    }

    /** An order the load created: what a reroute of it needs. */
    private record Placed(String orderId, String sku, String nodeId, long version) {
    }

    /** What a request came back with. */
    private record Reply(int statusCode, String body) {
    }

    private static final MediaType JSON = MediaType.get("application/json");
    private static final int SKUS = 500;
    private static final int NODES_PER_SKU = 6;

    private final URI base;
    /**
     * Blocking calls on the client threads, each keeping its connection open. The driver shares the machine with the
     * server, so it is kept light: java.net.http's client, tried first, spent more CPU than the server it measured.
     */
    private final OkHttpClient http = new OkHttpClient.Builder().connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(60, TimeUnit.SECONDS).retryOnConnectionFailure(false)
            .connectionPool(new ConnectionPool(64, 1, TimeUnit.MINUTES)).build();
    private final Map<String, Map<String, Integer>> latestAtp = new LinkedHashMap<>();
    private final Map<String, List<String>> stockedAt = new LinkedHashMap<>();
    private final List<double[]> storeLocations = new ArrayList<>();
    private final List<String> storeZips = new ArrayList<>();

    private ApiLoad(URI base) {
        this.base = base;
    }

    /** Refuses any host that is not a loopback address: load is never sent anywhere else. */
    public static ApiLoad against(String url) throws IOException {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the load benchmark only targets loopback addresses, not " + url);
        }
        return new ApiLoad(uri);
    }

    public Result run(String user, String password, int clients, int requests) throws Exception {
        String token = login(user, password);
        long start = System.nanoTime();
        long changes = readFeed(token);
        double feedSeconds = (System.nanoTime() - start) / 1e9;
        pickStockedSkus();
        if (stockedAt.isEmpty() || storeLocations.isEmpty()) {
            throw new IllegalStateException("the feed holds no stocked SKU or no store to place customers near");
        }
        List<String> skus = new ArrayList<>(stockedAt.keySet());
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<Integer, Placed> placed = new ConcurrentHashMap<>();
        LoadPhase.Stats orders = LoadPhase.run(clients, requests, (client, i) -> {
            int n = client + i * clients;
            String orderId = "B-" + run + "-" + n;
            String sku = skus.get(n % skus.size());
            Reply reply = post("/orders", token, "bench-" + run + "-" + n,
                    order(orderId, sku, new Random(n)));
            if (reply.statusCode() == 200) {
                JsonNode body = Json.tree(reply.body());
                JsonNode allocations = body.get("allocations");
                if (allocations.size() == 1) {
                    placed.put(n, new Placed(orderId, sku, allocations.get(0).get("node_id").asText(),
                            body.get("version").asLong()));
                }
            }
            return reply.statusCode();
        });
        // Each client reroutes only the orders it placed, so no two clients race for one order and no 409 is expected.
        List<List<Placed>> ownOrders = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Placed> own = new ArrayList<>();
            for (int n = c; n < requests; n += clients) {
                Placed order = placed.get(n);
                if (order != null) {
                    own.add(order);
                }
            }
            if (own.isEmpty()) {
                throw new IllegalStateException("client " + c + " placed no order sourced to a single node");
            }
            ownOrders.add(own);
        }
        LoadPhase.Stats commands = LoadPhase.run(clients, requests, (client, i) -> {
            List<Placed> own = ownOrders.get(client);
            Placed was = own.get(i % own.size());
            String to = otherNode(was);
            Reply reply = post("/commands", token, "bench-" + run + "-c" + client + "-" + i,
                    reroute(was, to));
            if (reply.statusCode() == 200) {
                own.set(i % own.size(), new Placed(was.orderId(), was.sku(), to,
                        Json.tree(reply.body()).get("version").asLong()));
            }
            return reply.statusCode();
        });
        return new Result(changes, changes / feedSeconds, orders, commands);
    }

    private String otherNode(Placed order) {
        List<String> nodes = stockedAt.get(order.sku());
        int at = nodes.indexOf(order.nodeId());
        return nodes.get((at + 1) % nodes.size());
    }

    private long readFeed(String token) throws IOException {
        long cursor = 0;
        long count = 0;
        boolean more = true;
        while (more) {
            JsonNode page = Json.tree(get("/changes?limit=10000&after=" + cursor, token));
            for (JsonNode change : page.get("changes")) {
                count++;
                remember(change.get("entity").asText(), change.get("data"));
            }
            cursor = page.get("last_seq").asLong();
            more = page.get("has_more").asBoolean();
        }
        return count;
    }

    private void remember(String entity, JsonNode data) {
        if ("node".equals(entity) && "STORE".equals(data.get("type").asText())) {
            storeLocations.add(new double[] {data.get("lat").asDouble(), data.get("lon").asDouble()});
            storeZips.add(data.get("zip").asText());
        } else if ("inventory".equals(entity)) {
            String sku = data.get("sku").asText();
            Map<String, Integer> nodes = latestAtp.get(sku);
            if (nodes == null && latestAtp.size() < SKUS) {
                latestAtp.put(sku, nodes = new LinkedHashMap<>());
            }
            if (nodes != null) {
                // a later row of the same position supersedes the earlier one
                nodes.put(data.get("node_id").asText(), data.get("atp").asInt());
            }
        }
    }

    /** SKUs with at least two nodes that hold more than a few units now, and up to six such nodes each. */
    private void pickStockedSkus() {
        latestAtp.forEach((sku, nodes) -> {
            List<String> stocked = nodes.entrySet().stream().filter(e -> e.getValue() > 5).map(Map.Entry::getKey)
                    .limit(NODES_PER_SKU).toList();
            if (stocked.size() >= 2) {
                stockedAt.put(sku, new ArrayList<>(stocked));
            }
        });
    }

    /** A one-line ship order from a customer a few km from a random store. */
    private String order(String orderId, String sku, Random random) {
        int store = random.nextInt(storeLocations.size());
        double[] at = storeLocations.get(store);
        return String.format(Locale.ROOT, "{\"order_id\": \"%s\", \"channel\": \"WEB\", \"fulfillment\": \"SHIP\","
                + " \"service_level\": \"STANDARD\", \"lat\": %.5f, \"lon\": %.5f, \"zip\": \"%s\","
                + " \"lines\": [{\"line_no\": 1, \"sku\": \"%s\", \"qty\": 1}]}", orderId,
                at[0] + (random.nextDouble() - 0.5) * 0.1, at[1] + (random.nextDouble() - 0.5) * 0.1,
                storeZips.get(store), sku);
    }

    private static String reroute(Placed order, String toNode) {
        return "{\"type\": \"REROUTE\", \"target\": \"" + order.orderId() + "\", \"expected_version\": "
                + order.version() + ", \"reason\": \"benchmark\", \"payload\": {\"lines\": [{\"line_no\": 1,"
                + " \"qty\": 1, \"node_id\": \"" + toNode + "\"}]}}";
    }

    private String login(String user, String password) throws IOException {
        Reply response = send(new Request.Builder().url(base + "/sessions")
                .post(RequestBody.create(Json.write(Map.of("user", user, "password", password)), JSON)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login as " + user + " failed with HTTP " + response.statusCode());
        }
        return Json.tree(response.body()).get("token").asText();
    }

    private String get(String path, String token) throws IOException {
        Reply response = send(new Request.Builder().url(base + path).header("Authorization", "Bearer " + token)
                .get().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " failed with HTTP " + response.statusCode());
        }
        return response.body();
    }

    private Reply post(String path, String token, String key, String body) throws IOException {
        return send(new Request.Builder().url(base + path).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).post(RequestBody.create(body, JSON)).build());
    }

    private Reply send(Request request) throws IOException {
        // uncompressed, as the driver this one replaced asked for them: gzip on loopback only costs both sides CPU
        try (Response response = http.newCall(request.newBuilder().header("Accept-Encoding", "identity").build())
                .execute()) {
            return new Reply(response.code(), response.body().string());
        }
    }
}
