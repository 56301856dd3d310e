package io.omniroute.cli;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.simulation.SimulationOutput;
import io.omniroute.engine.whatif.Change;
import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.InvalidVariantException;
import io.omniroute.engine.whatif.RunProgress;
import io.omniroute.engine.whatif.Variant;
import io.omniroute.engine.whatif.WhatIfRun;
import io.omniroute.report.CompareDiffCsv;
import io.omniroute.report.ReportHtml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code simulate --compare}: the baseline and a variant with other rules, run side by side into a staging folder,
 * then moved into --out with their diff and report.
 */
final class CompareRun {

    /** The variant's name, which is also its result folder. */
    static final String VARIANT = "variant";

    /** What the command line asked for. */
    record Request(ScenarioInput input, Path compareRules, Path outDir, int reportOrders, boolean quiet) {
    }

    private CompareRun() {
    }

    static int run(Request request, PrintWriter out, PrintWriter err) throws IOException {
        if (request.reportOrders() < 0) {
            err.println("error: --report-orders must be >= 0, was " + request.reportOrders());
            err.flush();
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        long start = System.nanoTime();
        Scenario baseline;
        RuleSet variantRules;
        CompareFolder folder;
        try {
            ScenarioInput.Loaded read = request.input().load();
            baseline = read.rules().map(rules -> read.scenario().withRules(Optional.of(rules)))
                    .orElse(read.scenario());
            variantRules = CompareRules.read(request.compareRules(), baseline);
            folder = CompareFolder.prepare(request.outDir());
        } catch (InvalidInputException e) {
            return BadInput.report(e, err);
        }
        Variant variant = Variant.of(VARIANT, Change.replaceRules(variantRules));
        if (!request.quiet()) {
            err.printf(Locale.ROOT, "loaded %s: %,d nodes, %,d positions, %,d orders in %s; running baseline and"
                    + " variant side by side%n", request.input().scenarioDir, baseline.nodes().size(),
                    baseline.inventory().size(), baseline.orders().size(),
                    Durations.seconds(System.nanoTime() - start));
            err.flush();
        }
        try {
            return compare(request, baseline, variant, folder, context(request, baseline), out, err);
        } finally {
            folder.discard();
        }
    }

    private static int compare(Request request, Scenario baseline, Variant variant, CompareFolder folder,
            ReportHtml.Context context, PrintWriter out, PrintWriter err) throws IOException {
        long start = System.nanoTime();
        Comparison comparison;
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(2,
                Runtime.getRuntime().availableProcessors()));
        try {
            comparison = WhatIfRun.of(baseline)
                    .withProgress(request.quiet() ? RunProgress.NONE : new CompareProgress(err))
                    .withDriver((run, simulator, recorder, progress) ->
                            SimulationOutput.write(simulator, folder.runFolder(run), progress, recorder))
                    .compare(variant, executor);
        } catch (InvalidVariantException e) {
            return BadInput.report(asInputProblems(request.compareRules(), e), err);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            executor.shutdownNow();
        }
        long ran = System.nanoTime();
        CompareDiffCsv.write(comparison.diff(), folder.file(CompareFolder.DIFF));
        ReportHtml.write(comparison, context, folder.file(CompareFolder.REPORT));
        folder.moveIntoPlace();
        if (!request.quiet()) {
            err.printf(Locale.ROOT, "sourced %,d + %,d orders side by side in %s, diff and report in %s; results in"
                    + " %s%n", comparison.baselineRun().kpis().orders(), comparison.variantRun().kpis().orders(),
                    Durations.seconds(ran - start), Durations.seconds(System.nanoTime() - ran), request.outDir());
            err.flush();
        }
        CompareSummary.print(comparison, out);
        return 0;
    }

    private static ReportHtml.Context context(Request request, Scenario baseline) {
        ScenarioInput input = request.input();
        String baselineRules = input.rulesFile != null ? "rules " + input.rulesFile
                : baseline.rules().isPresent() ? "the scenario's rules.yaml" : "the built-in default rules";
        return new ReportHtml.Context(input.scenarioDir.toString(), baselineRules, "rules " + request.compareRules(),
                request.reportOrders());
    }

    /** A variant that does not fit is a problem of the compared rules file, reported like any bad input. */
    private static InvalidInputException asInputProblems(Path rulesFile, InvalidVariantException error) {
        String file = CompareRules.fileName(rulesFile);
        List<InputProblem> problems = error.problems().stream()
                .map(problem -> new InputProblem(file, 0, "", problem)).toList();
        return new InvalidInputException(problems);
    }
}
