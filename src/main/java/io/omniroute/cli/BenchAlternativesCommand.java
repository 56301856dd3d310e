package io.omniroute.cli;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.engine.sourcing.Alternatives;
import io.omniroute.engine.sourcing.CapacityLedger;
import io.omniroute.engine.sourcing.InventoryLedger;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Sourcer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code omniroute bench-alternatives}: how long the exception screen waits for an order's ranked alternatives and
 * node verdicts. Sources the scenario's orders in created_at order, as {@code simulate} does, and before every Nth
 * shipping order asks for its alternatives against the stock and capacity the orders before it left.
 */
@Command(name = "bench-alternatives", mixinStandardHelpOptions = true,
        description = {"Times the ranked alternatives and node verdicts of sample orders, each against the stock"
                + " the orders before it left. Prints the median, 95th and 99th percentile and the slowest."})
public final class BenchAlternativesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--every", defaultValue = "100", paramLabel = "N",
            description = "Time every Nth shipping order (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--limit", defaultValue = "9", paramLabel = "K",
            description = "Alternatives asked for, the optimum included (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (every < 1 || limit < 1) {
            err.println("error: --every and --limit must be >= 1, were " + every + " and " + limit);
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        Scenario scenario;
        RuleSet rules;
        try {
            ScenarioInput.Loaded read = input.load();
            scenario = read.scenario();
            rules = read.rules().or(scenario::rules).orElseGet(RuleSet::builtIn);
        } catch (InvalidInputException e) {
            return BadInput.report(e, err);
        }
        NetworkModel network = NetworkModel.of(scenario);
        Sourcer sourcer = Sourcer.create(network, InventoryLedger.of(network, scenario.inventory()),
                CapacityLedger.of(network), rules);
        List<Order> orders = new ArrayList<>(scenario.orders());
        orders.sort(Comparator.comparing(Order::createdAt).thenComparing(Order::orderId));
        List<Long> nanos = new ArrayList<>();
        long plans = 0;
        int shipping = 0;
        for (Order order : orders) {
            if (order.fulfillment() == Fulfillment.SHIP && shipping++ % every == 0) {
                long start = System.nanoTime();
                Alternatives alternatives = sourcer.alternatives(order, limit);
                nanos.add(System.nanoTime() - start);
                plans += alternatives.plans().size();
            }
            sourcer.source(order);
        }
        Collections.sort(nanos);
        out.printf(Locale.ROOT, "%,d orders timed of %,d (every %d shipping order), %d nodes, %,d positions%n",
                nanos.size(), orders.size(), every, scenario.nodes().size(), scenario.inventory().size());
        out.printf(Locale.ROOT, "alternatives and verdicts: median %s ms, p95 %s ms, p99 %s ms, max %s ms;"
                + " %.1f plans per order%n", millis(percentile(nanos, 50)), millis(percentile(nanos, 95)),
                millis(percentile(nanos, 99)), millis(nanos.isEmpty() ? 0 : nanos.get(nanos.size() - 1)),
                nanos.isEmpty() ? 0.0 : (double) plans / nanos.size());
        return 0;
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
