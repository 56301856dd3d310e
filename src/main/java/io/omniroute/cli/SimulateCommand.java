package io.omniroute.cli;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.simulation.Kpis;
import io.omniroute.engine.simulation.SimulationOutput;
import io.omniroute.engine.simulation.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code omniroute simulate}: sources a scenario's orders and writes the decisions and KPIs. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Sources every order of a scenario in created_at order, each against the stock and capacity"
                + " the orders before it left, and writes allocations.csv, shipments.csv, exceptions.csv and"
                + " kpis.json.", "With --compare FILE it also runs the same orders with those rules, side by side, and"
                + " writes both runs into --out's baseline/ and variant/, with diff.csv (one row per changed order)"
                + " and report.html.", "The same input always gives byte-identical output."})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the result files.")
    Path outDir;

    @Option(names = {"-q", "--quiet"}, description = "Print only the KPI summary, no progress.")
    boolean quiet;

    @Option(names = "--compare", paramLabel = "FILE",
            description = "A rules.yaml to compare with: runs the scenario with it as a variant of the baseline"
                    + " (--rules, else the scenario's own rules).")
    Path compareRules;

    @Option(names = "--report-orders", paramLabel = "N", defaultValue = "100",
            description = "With --compare: changed orders listed in report.html (default: ${DEFAULT-VALUE}).")
    int reportOrders;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (compareRules != null) {
            return CompareRun.run(new CompareRun.Request(input, compareRules, outDir, reportOrders, quiet), out, err);
        }
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
        if (!quiet) {
            err.printf(Locale.ROOT, "loaded %s: %,d nodes, %,d SKUs, %,d positions, %,d orders in %s%n", input.scenarioDir,
                    scenario.nodes().size(), scenario.skus().size(), scenario.inventory().size(),
                    scenario.orders().size(), Durations.seconds(loaded - start));
            err.flush();
        }
        Simulator simulator = Simulator.of(scenario, rules);
        Kpis kpis;
        try {
            kpis = SimulationOutput.write(simulator, outDir, quiet ? (done, total) -> { } : new ProgressPrinter(err));
        } catch (InvalidInputException e) {
            return BadInput.report(e, err);
        }
        long done = System.nanoTime();
        if (!quiet) {
            err.printf(Locale.ROOT, "sourced and wrote %,d orders in %s (%s); results in %s%n", kpis.orders(),
                    Durations.seconds(done - loaded), Durations.perSecond(kpis.orders(), done - loaded), outDir);
            err.flush();
        }
        KpiSummary.print(kpis, out);
        return 0;
    }
}
