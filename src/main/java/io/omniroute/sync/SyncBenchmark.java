package io.omniroute.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.cache.LocalStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import retrofit2.Response;

/**
 * Measures the sync client against a server on this machine, as a console lives it: the initial sync of the whole
 * feed into an empty cache, then, while the follower runs on the change stream, how long each new order takes from
 * its {@code POST /orders} answer to being committed in the cache.
 */
public final class SyncBenchmark {

    /** How long the last orders may take to arrive before the run counts them missing. */
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ONLINE_TIMEOUT = Duration.ofSeconds(60);

    /** The initial sync: changes applied and how long it took. */
    public record InitialSync(long changes, Duration elapsed) {

        public double changesPerSecond() {
            return changes / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    /** Change-to-cache latency over the orders that arrived; {@code missing} never did within the timeout. */
    public record Latency(int orders, int missing, Duration p50, Duration p95, Duration max) {
    }

    public record Result(InitialSync initialSync, Latency latency) {
    }

    private final SyncSettings settings;

    private SyncBenchmark(SyncSettings settings) {
        this.settings = settings;
    }

    /** Refuses any host that is not a loopback address: the benchmark never loads a real backend. */
    public static SyncBenchmark against(SyncSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        String host = URI.create(settings.server()).getHost();
        if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
            throw new IllegalArgumentException("the sync benchmark only targets loopback addresses, not "
                    + settings.server());
        }
        return new SyncBenchmark(settings);
    }

    /**
     * Syncs the empty cache, then posts {@code orders} orders at {@code perSecond} while the follower runs.
     *
     * @throws IllegalArgumentException when the cache has synced before (its cursor is not 0)
     */
    public Result run(LocalStore cache, int orders, double perSecond)
            throws SyncFailure, IOException, InterruptedException {
        if (orders < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("orders must be >= 1 and the rate > 0, were " + orders + " and "
                    + perSecond);
        }
        if (cache.cursor() != 0) {
            throw new IllegalArgumentException("the cache has already synced up to seq " + cache.cursor()
                    + ": the initial sync is measured into an empty cache only");
        }
        ArrivalWatch watch = new ArrivalWatch(cache);
        BenchNetwork network = new BenchNetwork();
        watch.sample(network);
        InitialSync initial = initialSync(watch);
        watch.stopSampling();
        network.requireUsable();
        try (SyncService follower = SyncService.create(settings, watch)) {
            follower.start();
            awaitOnline(follower);
            return new Result(initial, postAndTime(watch, network, orders, perSecond));
        }
    }

    private InitialSync initialSync(LocalStore store) throws SyncFailure {
        long start = System.nanoTime();
        SyncReport report = SyncService.create(settings, store).runOnce();
        return new InitialSync(report.pull().changes(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void awaitOnline(SyncService follower) throws InterruptedException {
        long deadline = System.nanoTime() + ONLINE_TIMEOUT.toNanos();
        while (follower.status().state() != ConnectionState.ONLINE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the follower did not get online within " + ONLINE_TIMEOUT
                        .toSeconds() + " s: " + follower.status());
            }
            Thread.sleep(20);
        }
    }

    /** Posts the orders at a steady pace; notes when each POST got its 200, then waits for them all. */
    private Latency postAndTime(ArrivalWatch watch, BenchNetwork network, int orders, double perSecond)
            throws IOException, InterruptedException {
        BackendClient client = BackendClient.create(settings);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        Map<String, Long> acknowledged = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int n = 0; n < orders; n++) {
            long wait = start + n * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String orderId = "SB-" + run + "-" + n;
            Response<JsonNode> reply = client.orders.create(UUID.randomUUID().toString(),
                    network.order(orderId, n)).execute();
            if (!reply.isSuccessful()) {
                throw new IllegalStateException("POST /orders for " + orderId + " got " + Responses.describe(
                        reply.code(), Responses.errorBody(reply), reply.message()));
            }
            acknowledged.put(orderId, System.nanoTime());
        }
        awaitArrivals(watch, acknowledged.keySet());
        return latency(watch, acknowledged);
    }

    private static void awaitArrivals(ArrivalWatch watch, Iterable<String> orderIds) throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
        for (String orderId : orderIds) {
            while (watch.arrivalOf(orderId).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
    }

    private static Latency latency(ArrivalWatch watch, Map<String, Long> acknowledged) {
        long[] nanos = acknowledged.entrySet().stream()
                .filter(ack -> watch.arrivalOf(ack.getKey()).isPresent())
                // the stream can deliver an order before its POST's answer is read: that is no delay at all
                .mapToLong(ack -> Math.max(0, watch.arrivalOf(ack.getKey()).orElseThrow() - ack.getValue()))
                .sorted().toArray();
        int missing = acknowledged.size() - nanos.length;
        if (nanos.length == 0) {
            return new Latency(0, missing, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
        return new Latency(nanos.length, missing, percentile(nanos, 0.50), percentile(nanos, 0.95),
                Duration.ofNanos(nanos[nanos.length - 1]));
    }

    /** Nearest rank: the smallest value with at least that share of the values at or below it. */
    static Duration percentile(long[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return Duration.ofNanos(sorted[Math.max(0, Math.min(sorted.length, rank) - 1)]);
    }
}
