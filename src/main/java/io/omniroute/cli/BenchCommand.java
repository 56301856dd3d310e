package io.omniroute.cli;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.scenario.FolderMoves;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.simulation.ProgressListener;
import io.omniroute.engine.simulation.SimulationOutput;
import io.omniroute.engine.simulation.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code omniroute bench}: times loading, sourcing and writing a scenario over several runs; reports medians. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks the simulation pipeline on a scenario: load, source only, and source with the"
                + " result files written to a temporary folder. Prints each run and the medians."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            err.println("error: --runs must be >= 1, was " + runs);
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        List<Long> load = new ArrayList<>();
        List<Long> source = new ArrayList<>();
        List<Long> sourceAndWrite = new ArrayList<>();
        long orders = 0;
        out.printf(Locale.ROOT, "%-5s %10s %10s %12s %14s %12s %10s%n", "run", "load", "source", "orders/s",
                "source+write", "orders/s", "heap MB");
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            Scenario scenario;
            Optional<RuleSet> rules;
            try {
                ScenarioInput.Loaded read = input.load();
                scenario = read.scenario();
                rules = read.rules();
            } catch (InvalidInputException e) {
                return BadInput.report(e, err);
            }
            long loaded = System.nanoTime();
            long heapMb = usedHeapMb();
            orders = scenario.orders().size();
            Simulator.of(scenario, rules).run((order, decision) -> { }, ProgressListener.NONE);
            long sourced = System.nanoTime();
            Path temp = Files.createTempDirectory("omniroute-bench");
            try {
                SimulationOutput.write(Simulator.of(scenario, rules), temp, ProgressListener.NONE);
            } finally {
                FolderMoves.deleteQuietly(temp);
            }
            long written = System.nanoTime();
            load.add(loaded - start);
            source.add(sourced - loaded);
            sourceAndWrite.add(written - sourced);
            out.printf(Locale.ROOT, "%-5d %10s %10s %12s %14s %12s %10d%n", run, Durations.seconds(loaded - start),
                    Durations.seconds(sourced - loaded), Durations.perSecond(orders, sourced - loaded),
                    Durations.seconds(written - sourced), Durations.perSecond(orders, written - sourced), heapMb);
            out.flush();
        }
        long medianSource = median(source);
        long medianWrite = median(sourceAndWrite);
        out.printf(Locale.ROOT, "%-5s %10s %10s %12s %14s %12s%n", "median", Durations.seconds(median(load)),
                Durations.seconds(medianSource), Durations.perSecond(orders, medianSource),
                Durations.seconds(medianWrite), Durations.perSecond(orders, medianWrite));
        out.printf(Locale.ROOT, "%,d orders, %d runs, %d cores, max heap %,d MB%n", orders, runs,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

}
