package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.simulation.Kpis;
import io.omniroute.engine.simulation.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs a baseline scenario and variants of it through the simulator and compares them. Each run builds its own
 * {@link Simulator}, with its own network model, ledgers and sourcer, and shares only the immutable scenario
 * records, so runs on separate threads never touch each other's state.
 *
 * <p>Cancellation is checked between two orders: a cancelled run stops there, its partial decisions are dropped,
 * and the call throws {@link CancellationException}. Immutable: the {@code with} methods return a new run.
 */
public final class WhatIfRun {

    private final Scenario baseline;
    private final RunProgress progress;
    private final BooleanSupplier cancelled;
    private final RunDriver driver;

    private WhatIfRun(Scenario baseline, RunProgress progress, BooleanSupplier cancelled, RunDriver driver) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
        this.driver = Objects.requireNonNull(driver, "driver");
    }

    /** What-ifs on this baseline, sourced with its own rules (else the built-in default). */
    public static WhatIfRun of(Scenario baseline) {
        return new WhatIfRun(baseline, RunProgress.NONE, () -> false, RunDriver.SIMULATE);
    }

    public WhatIfRun withProgress(RunProgress newProgress) {
        return new WhatIfRun(baseline, newProgress, cancelled, driver);
    }

    /** Runs stop at the next order once {@code isCancelled} answers true; it is asked from the runs' threads. */
    public WhatIfRun withCancellation(BooleanSupplier isCancelled) {
        return new WhatIfRun(baseline, progress, isCancelled, driver);
    }

    public WhatIfRun withDriver(RunDriver newDriver) {
        return new WhatIfRun(baseline, progress, cancelled, newDriver);
    }

    public Scenario baseline() {
        return baseline;
    }

    /**
     * Runs one variant on the calling thread ({@link Variant#baseline()} runs the baseline).
     *
     * @throws InvalidVariantException when a change does not fit the baseline, before any order is sourced
     * @throws CancellationException when cancelled
     */
    public RunResult run(Variant variant) {
        return execute(variant.name(), variant.apply(baseline), cancelled);
    }

    /**
     * Runs the baseline and the variant on the executor, side by side when it has two threads, and compares them.
     *
     * @throws InvalidVariantException when a change does not fit the baseline, before any order is sourced
     * @throws CancellationException when cancelled; both runs have stopped by then
     */
    public Comparison compare(Variant variant, ExecutorService executor) {
        List<RunResult> runs = runAll(List.of(Variant.baseline(), variant), executor);
        return Comparison.of(variant, runs.get(0), runs.get(1));
    }

    /**
     * Runs every variant on the executor and returns their results in the same order. Every variant is applied
     * before the first order is sourced, so a change that does not fit costs no run time. When one run fails the
     * others are stopped, and the first failure that is not a cancellation is thrown once all have stopped.
     */
    public List<RunResult> runAll(List<Variant> variants, ExecutorService executor) {
        Set<String> names = new HashSet<>();
        for (Variant variant : variants) {
            if (!names.add(variant.name())) {
                throw new IllegalArgumentException("two variants are named '" + variant.name()
                        + "': runs and their results are told apart by name");
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Variant variant : variants) {
            scenarios.add(variant.apply(baseline));
        }
        AtomicBoolean abort = new AtomicBoolean();
        BooleanSupplier stop = () -> abort.get() || cancelled.getAsBoolean();
        List<Future<RunResult>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < variants.size(); i++) {
                String name = variants.get(i).name();
                Scenario scenario = scenarios.get(i);
                futures.add(executor.submit(() -> execute(name, scenario, stop)));
            }
        } catch (RuntimeException e) {
            abort.set(true);
            awaitQuietly(futures);
            throw e;
        }
        return collect(futures, abort);
    }

    private static List<RunResult> collect(List<Future<RunResult>> futures, AtomicBoolean abort) {
        List<RunResult> results = new ArrayList<>();
        Optional<Throwable> failure = Optional.empty();
        for (Future<RunResult> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                abort.set(true);
                failure = worse(failure, e.getCause());
            } catch (CancellationException e) {
                abort.set(true);
                failure = worse(failure, e);
            } catch (InterruptedException e) {
                abort.set(true);
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for the what-if runs; they stop at"
                        + " their next order");
            }
        }
        if (failure.isPresent()) {
            throw rethrowable(failure.get());
        }
        return results;
    }

    /** A real failure explains more than the cancellations it caused in the other runs. */
    private static Optional<Throwable> worse(Optional<Throwable> known, Throwable next) {
        if (known.isEmpty()
                || known.get() instanceof CancellationException && !(next instanceof CancellationException)) {
            return Optional.of(next);
        }
        return known;
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private static void awaitQuietly(List<Future<RunResult>> futures) {
        for (Future<RunResult> future : futures) {
            try {
                future.get();
            } catch (ExecutionException | CancellationException e) {
                // the submit failure that got us here is the one to report
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private RunResult execute(String name, Scenario scenario, BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("run '" + name + "' was cancelled before it started");
        }
        long start = System.nanoTime();
        Simulator simulator = Simulator.of(scenario, Optional.empty());
        DecisionRecorder recorder = new DecisionRecorder(name, simulator.network(), scenario.orders().size(), stop);
        Kpis kpis;
        try {
            kpis = driver.drive(name, simulator, recorder, (done, total) -> progress.progress(name, done, total));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunResult(name, kpis, recorder.decisions(), Duration.ofNanos(System.nanoTime() - start));
    }
}
