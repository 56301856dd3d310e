package io.omniroute.server.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Concurrent clients each sending their share of requests back to back, timed one by one. */
public final class LoadPhase {

    /** One request of one client: returns the HTTP status. */
    interface Request {
        int send(int client, int iteration) throws Exception;
    }

    /** What a phase measured; statuses counts every answer that was not 200, by status. */
    public record Stats(int requests, double perSecond, double p50Millis, double p99Millis, Map<Integer, Integer> statuses) {

        public int failures() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private LoadPhase() {
    }

    /** Runs requests spread evenly over the clients (the last clients may send one fewer). */
    static Stats run(int clients, int requests, Request request) throws Exception {
        long[] latencies = new long[requests];
        int[] statuses = new int[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                workers.add(pool.submit(() -> {
                    for (int i = 0, n = client; n < requests; i++, n += clients) {
                        long t0 = System.nanoTime();
                        statuses[n] = request.send(client, i);
                        latencies[n] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<Integer, Integer> failed = new TreeMap<>();
            for (int status : statuses) {
                if (status != 200) {
                    failed.merge(status, 1, Integer::sum);
                }
            }
            Arrays.sort(latencies);
            return new Stats(requests, requests / seconds, latencies[requests / 2] / 1e6,
                    latencies[Math.min(requests - 1, (int) (requests * 0.99))] / 1e6, failed);
        } finally {
            pool.shutdown();
        }
    }
}
