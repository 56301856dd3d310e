package io.omniroute.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts the same task on many threads at once and counts how many returned true. */
final class Concurrently {

    private Concurrently() {
    }

    static int countSuccesses(int threads, Callable<Boolean> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> result : results) {
                if (result.get(60, TimeUnit.SECONDS)) {
                    successes++;
                }
            }
            return successes;
        } finally {
            // shutdown, never shutdownNow: interrupting a thread in H2 I/O can corrupt the file
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
    }
}
