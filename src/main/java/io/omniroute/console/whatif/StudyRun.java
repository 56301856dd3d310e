package io.omniroute.console.whatif;

import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.RunDriver;
import io.omniroute.engine.whatif.RunResult;
import io.omniroute.engine.whatif.Variant;
import io.omniroute.engine.whatif.WhatIfRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs the baseline and the variants side by side, one thread per run up to the core count, inside one background
 * task. The threads only compute (no I/O), and are never interrupted: a cancellation stops each run at its next
 * order.
 */
final class StudyRun {

    /** Orders between two progress reports of a run: often enough for a smooth bar, rarely enough to cost nothing. */
    static final int PROGRESS_EVERY = 2_000;

    /** Told the orders each run has sourced; called from the runs' threads. */
    @FunctionalInterface
    interface Progress {
        void sourced(int run, long done);
    }

    private StudyRun() {
    }

    /**
     * @throws io.omniroute.engine.whatif.InvalidVariantException when a variant does not fit the baseline
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    static StudyResults run(Baseline baseline, List<Variant> variants, Progress progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        List<Variant> all = new ArrayList<>();
        all.add(Variant.baseline());
        all.addAll(variants);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(all.size(),
                Runtime.getRuntime().availableProcessors()), daemons());
        List<RunResult> runs;
        try {
            runs = WhatIfRun.of(baseline.scenario()).withCancellation(cancelled)
                    .withDriver(counting(all, progress)).runAll(all, pool);
        } finally {
            pool.shutdown();
        }
        List<StudyResults.VariantResult> results = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            results.add(new StudyResults.VariantResult(variants.get(i),
                    Comparison.of(variants.get(i), runs.get(0), runs.get(i + 1))));
        }
        return new StudyResults(baseline, runs.get(0), results, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Simulates as usual and counts the decisions, so progress moves every few thousand orders. */
    private static RunDriver counting(List<Variant> all, Progress progress) {
        return (run, simulator, recorder, ignored) -> {
            int index = indexOf(all, run);
            long[] done = {0};
            return simulator.run((order, decision) -> {
                recorder.decided(order, decision);
                if (++done[0] % PROGRESS_EVERY == 0) {
                    progress.sourced(index, done[0]);
                }
            }, (finished, total) -> progress.sourced(index, finished));
        };
    }

    private static int indexOf(List<Variant> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no run named " + name);
    }

    /** Daemon threads, so a run still going never keeps the console's process alive after its window closed. */
    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory plain = Executors.defaultThreadFactory();
        return work -> {
            Thread thread = plain.newThread(work);
            thread.setDaemon(true);
            thread.setName("omniroute-whatif-" + count.incrementAndGet());
            return thread;
        };
    }
}
