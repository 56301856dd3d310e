package io.omniroute.cli;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.whatif.Change;
import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.InvalidVariantException;
import io.omniroute.engine.whatif.RunResult;
import io.omniroute.engine.whatif.Variant;
import io.omniroute.engine.whatif.WhatIfRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code omniroute bench-whatif}: times a what-if variant alone, then baseline and variant side by side with their
 * order-by-order diff, over several runs; reports medians, heap and load. No files are written.
 */
@Command(name = "bench-whatif", mixinStandardHelpOptions = true,
        description = {"Benchmarks what-if runs on a scenario: the variant alone, then the baseline and the variant"
                + " side by side on two threads with their diff. Prints each run and the medians, the heap used"
                + " while both runs' decisions are held, and the load average. Writes no files.",
            "The variant is given by --compare, --close and --scale-demand, in any combination."})
public final class CompareBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--compare", paramLabel = "FILE", description = "Variant: source with these rules.")
    Path compareRules;

    @Option(names = "--close", paramLabel = "NODE", description = "Variant: close this node (repeatable).")
    List<String> closeNodes = new ArrayList<>();

    @Option(names = "--scale-demand", paramLabel = "F", description = "Variant: scale the orders by F.")
    Optional<Double> demandFactor;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the demand sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            return refuse(err, "--runs must be >= 1, was " + runs);
        }
        long start = System.nanoTime();
        Scenario baseline;
        Variant variant;
        try {
            ScenarioInput.Loaded read = input.load();
            baseline = read.rules().map(rules -> read.scenario().withRules(Optional.of(rules)))
                    .orElse(read.scenario());
            variant = variant(baseline);
            variant.apply(baseline);
        } catch (InvalidInputException e) {
            return BadInput.report(e, err);
        } catch (InvalidVariantException e) {
            return refuse(err, e.getMessage());
        }
        if (variant.changes().isEmpty()) {
            return refuse(err, "no variant: give --compare FILE, --close NODE or --scale-demand F");
        }
        out.printf(Locale.ROOT, "loaded %,d nodes, %,d positions, %,d orders in %s; variant: %s%n",
                baseline.nodes().size(), baseline.inventory().size(), baseline.orders().size(),
                Durations.seconds(System.nanoTime() - start), variant.describe());
        return measure(WhatIfRun.of(baseline), variant, out);
    }

    private int measure(WhatIfRun whatIf, Variant variant, PrintWriter out) {
        List<Long> alone = new ArrayList<>();
        List<Long> sideBySide = new ArrayList<>();
        List<Long> diffs = new ArrayList<>();
        long orders = 0;
        long both = 0;
        out.printf(Locale.ROOT, "%-6s %13s %11s %14s %11s %8s %10s %9s %6s%n", "run", "variant alone", "orders/s",
                "side by side", "orders/s", "diff", "changed", "heap MB", "load");
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                orders = whatIf.run(variant).decisions().size();
                long t1 = System.nanoTime();
                List<RunResult> results = whatIf.runAll(List.of(Variant.baseline(), variant), executor);
                long t2 = System.nanoTime();
                Comparison comparison = Comparison.of(variant, results.get(0), results.get(1));
                long t3 = System.nanoTime();
                both = results.get(0).decisions().size() + (long) results.get(1).decisions().size();
                alone.add(t1 - t0);
                sideBySide.add(t2 - t1);
                diffs.add(t3 - t2);
                out.printf(Locale.ROOT, "%-6d %13s %11s %14s %11s %8s %,10d %,9d %6.2f%n", run,
                        Durations.seconds(t1 - t0), Durations.perSecond(orders, t1 - t0), Durations.seconds(t2 - t1),
                        Durations.perSecond(both, t2 - t1), Durations.seconds(t3 - t2),
                        comparison.diff().changedOrders(), usedHeapMb(), loadAverage());
                out.flush();
                // the heap figure is meant to include both runs' decisions: keep them alive until it is taken
                Reference.reachabilityFence(comparison);
            }
        } finally {
            executor.shutdownNow();
        }
        out.printf(Locale.ROOT, "%-6s %13s %11s %14s %11s %8s%n", "median", Durations.seconds(median(alone)),
                Durations.perSecond(orders, median(alone)), Durations.seconds(median(sideBySide)),
                Durations.perSecond(both, median(sideBySide)), Durations.seconds(median(diffs)));
        out.printf(Locale.ROOT, "%d runs, %d cores, max heap %,d MB; heap is measured after a GC with both runs'"
                + " decisions held; load is the 1-minute load average at the end of the run%n", runs,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }

    private Variant variant(Scenario baseline) {
        List<Change> changes = new ArrayList<>();
        if (compareRules != null) {
            RuleSet rules = CompareRules.read(compareRules, baseline);
            changes.add(Change.replaceRules(rules));
        }
        closeNodes.forEach(node -> changes.add(Change.closeNode(node)));
        demandFactor.ifPresent(factor -> changes.add(Change.scaleDemand(factor, seed)));
        return Variant.of("variant", changes);
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static int refuse(PrintWriter err, String problem) {
        err.println("error: " + problem);
        err.flush();
        return OmnirouteCommand.EXIT_BAD_INPUT;
    }
}
