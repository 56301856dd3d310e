package io.omniroute.cli;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.simulation.Simulator;
import io.omniroute.engine.sourcing.Explanation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code omniroute explain}: why one order is sourced the way {@code simulate} sources it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains the decision for one order as simulate makes it (after the orders before it):"
                + " the profiles tried, each shipment's cost breakdown, and a verdict with evidence for every"
                + " node of the network."})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--order", required = true, paramLabel = "ID", description = "The order_id to explain.")
    String orderId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Nodes listed per verdict (default: ${DEFAULT-VALUE}); counts always cover every node.")
    int limit;

    @Option(names = "--all", description = "List every node of the network.")
    boolean all;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            err.println("error: --limit must be >= 0, was " + limit);
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        Scenario scenario;
        Optional<RuleSet> rules;
        try {
            ScenarioInput.Loaded read = input.load();
            scenario = read.scenario();
            rules = read.rules();
        } catch (InvalidInputException e) {
            return BadInput.report(e, err);
        }
        Optional<Order> order = scenario.orders().stream().filter(o -> o.orderId().equals(orderId)).findFirst();
        if (order.isEmpty()) {
            err.println("error: order " + orderId + " is not in " + input.scenarioDir.resolve("orders.csv"));
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        Simulator simulator = Simulator.of(scenario, rules);
        Explanation explanation = simulator.explain(orderId).orElseThrow();
        new ExplanationPrinter(out, simulator.network(), all ? Integer.MAX_VALUE : limit).print(order.get(), explanation);
        return 0;
    }
}
