package io.omniroute.cli;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GenerationProgress;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code omniroute generate}: writes a realistic national US scenario, the same one for the same options. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates a national US scenario: DCs, stores, dark stores, dropship vendors and 3PLs in real"
                + " metros, a catalog with Zipf-like popularity, stock sized to demand, a parcel rate card, and orders"
                + " drawn by population, starting 2026-03-02T00:00:00Z.",
            "The same options always give byte-identical files."})
public final class GenerateCommand implements Callable<Integer> {

    /** Below this many orders the run takes about a second, so progress lines would only be noise. */
    private static final int PROGRESS_FROM_ORDERS = 50_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the scenario into.")
    Path outDir;

    @Option(names = "--nodes", paramLabel = "N", description = "Nodes of all types (default: ${DEFAULT-VALUE}).")
    int nodes = GeneratorSettings.DEFAULT_NODES;

    @Option(names = "--skus", paramLabel = "N", description = "Catalog size (default: ${DEFAULT-VALUE}).")
    int skus = GeneratorSettings.DEFAULT_SKUS;

    @Option(names = "--orders", paramLabel = "N", description = "Number of orders (default: ${DEFAULT-VALUE}).")
    int orders = GeneratorSettings.DEFAULT_ORDERS;

    @Option(names = "--days", paramLabel = "N",
            description = "Days the orders are spread over, at most " + GeneratorSettings.MAX_DAYS
                    + " (default: ${DEFAULT-VALUE}).")
    int days = GeneratorSettings.DEFAULT_DAYS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = GeneratorSettings.DEFAULT_SEED;

    @Option(names = "--force", description = "Write into a non-empty --out folder, replacing its scenario files.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        GeneratorSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> refusal = refusalToWrite();
        if (refusal.isPresent()) {
            err.println("error: " + refusal.get());
            err.flush();
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        boolean verbose = settings.orders() >= PROGRESS_FROM_ORDERS;
        long start = System.nanoTime();
        GenerationProgress progress = verbose ? progressOn(err, start) : GenerationProgress.NONE;
        Scenario scenario = ScenarioGenerator.generate(settings, progress);
        progress.report("writing " + outDir);
        ScenarioWriter.write(scenario, outDir);
        long lines = 0;
        for (Order order : scenario.orders()) {
            lines += order.lines().size();
        }
        out.printf(Locale.ROOT, "generated %,d nodes, %,d SKUs, %,d inventory positions, %,d orders (%,d lines) over %d"
                + " days with seed %d into %s in %s%n", scenario.nodes().size(), scenario.skus().size(),
                scenario.inventory().size(), scenario.orders().size(), lines, settings.days(), settings.seed(), outDir,
                Durations.seconds(System.nanoTime() - start));
        out.flush();
        return 0;
    }

    /** Picocli reports a ParameterException with the usage and exit code 2, just like a malformed number. */
    private GeneratorSettings settings() {
        requireAtLeastOne("--nodes", nodes);
        requireAtLeastOne("--skus", skus);
        requireAtLeastOne("--orders", orders);
        requireAtLeastOne("--days", days);
        if (days > GeneratorSettings.MAX_DAYS) {
            throw new ParameterException(spec.commandLine(),
                    "--days is " + days + ": must be at most " + GeneratorSettings.MAX_DAYS);
        }
        return GeneratorSettings.of(nodes, skus, orders, days, seed);
    }

    private void requireAtLeastOne(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " is " + value + ": must be at least 1");
        }
    }

    /** Why the output folder must not be written, if it must not. */
    private Optional<String> refusalToWrite() throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            return Optional.of("--out " + outDir + " is a file: give a folder (it is created when missing)");
        }
        if (!force && Files.isDirectory(outDir)) {
            try (Stream<Path> entries = Files.list(outDir)) {
                long count = entries.count();
                if (count > 0) {
                    return Optional.of("--out " + outDir + " is not empty (" + count
                            + (count == 1 ? " entry" : " entries") + "): nothing was written; choose an empty or new"
                            + " folder, or add --force to overwrite its scenario files");
                }
            }
        }
        return Optional.empty();
    }

    private static GenerationProgress progressOn(PrintWriter err, long start) {
        return message -> {
            err.printf(Locale.ROOT, "%7s  %s%n", Durations.seconds(System.nanoTime() - start), message);
            err.flush();
        };
    }
}
