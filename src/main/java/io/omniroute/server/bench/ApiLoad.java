package io.omniroute.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.server.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the API from outside, as a client sees it: the change feed read in full pages, then new orders from
 * concurrent clients, each a POST with its own Idempotency-Key, sourced and committed by the server.
 */
public final class ApiLoad {

    /** What one run measured. */
    public record Result(long changes, double changesPerSecond, int requests, int failures, double requestsPerSecond,
            double p50Millis, double p99Millis) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        List<String> skus = new ArrayList<>();
        long start = System.nanoTime();
        long changes = readFeed(token, skus);
        double feedSeconds = (System.nanoTime() - start) / 1e9;
        if (skus.isEmpty()) {
            throw new IllegalStateException("the feed holds no stocked SKU to order");
        }
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long loadStart = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                    String body = order("B-" + run + "-" + n, skus.get(n % skus.size()));
                    long t0 = System.nanoTime();
                    int status = post("/orders", token, "bench-" + run + "-" + n, body);
                    latencies[n] = System.nanoTime() - t0;
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(changes, changes / feedSeconds, requests, failures.get(), requests / loadSeconds,
                latencies[requests / 2] / 1e6, latencies[Math.min(requests - 1, (int) (requests * 0.99))] / 1e6);
    }

    private long readFeed(String token, List<String> stockedSkus) throws IOException, InterruptedException {
        long cursor = 0;
        long count = 0;
        boolean more = true;
        while (more) {
            JsonNode page = Json.tree(get("/changes?limit=10000&after=" + cursor, token));
            for (JsonNode change : page.get("changes")) {
                count++;
                JsonNode data = change.get("data");
                if (stockedSkus.size() < 500 && "inventory".equals(change.get("entity").asText())
                        && data.get("atp").asInt() > 2) {
                    stockedSkus.add(data.get("sku").asText());
                }
            }
            cursor = page.get("last_seq").asLong();
            more = page.get("has_more").asBoolean();
        }
        return count;
    }

    private static String order(String orderId, String sku) {
        return "{\"order_id\": \"" + orderId + "\", \"channel\": \"WEB\", \"fulfillment\": \"SHIP\","
                + " \"service_level\": \"STANDARD\", \"lat\": 41.88, \"lon\": -87.63, \"zip\": \"60601\","
                + " \"lines\": [{\"line_no\": 1, \"sku\": \"" + sku + "\", \"qty\": 1}]}";
    }

    private String login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(base.getPath() + "/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(java.util.Map.of("user", user, "password",
                        password)))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login as " + user + " failed with HTTP " + response.statusCode());
        }
        return Json.tree(response.body()).get("token").asText();
    }

    private String get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " failed with HTTP " + response.statusCode());
        }
        return response.body();
    }

    private int post(String path, String token, String key, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
