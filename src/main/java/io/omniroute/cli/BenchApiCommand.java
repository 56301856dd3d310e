package io.omniroute.cli;

import io.omniroute.server.bench.ApiLoad;
import io.omniroute.server.bench.LoadPhase;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code omniroute bench-api}: feed throughput and order latency against a server on this machine. */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = {"Benchmarks a running server on a loopback address: reads the whole change feed, posts new"
                + " orders from concurrent clients, then sends as many REROUTE commands on those orders. Prints"
                + " changes/s, and requests/s with p50 and p99 latency for each phase.",
            "The password comes from OMNIROUTE_PASSWORD."})
public final class BenchApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, description = "API base, e.g. http://127.0.0.1:8080/api/v1.")
    String url;

    @Option(names = "--user", required = true, description = "A planner's user name.")
    String user;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "5000",
            description = "Orders to post, and commands to send (default: ${DEFAULT-VALUE}).")
    int requests;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String password = System.getenv("OMNIROUTE_PASSWORD");
        if (password == null) {
            err.println("error: set OMNIROUTE_PASSWORD to the password of " + user);
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        if (clients < 1 || requests < clients) {
            err.println("error: --clients must be >= 1 and --requests >= --clients");
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        ApiLoad.Result result = ApiLoad.against(url).run(user, password, clients, requests);
        out.printf(Locale.ROOT, "feed: %,d changes read at %,.0f changes/s%n", result.changes(),
                result.changesPerSecond());
        print(out, "orders", result.orders());
        print(out, "reroutes", result.commands());
        return result.orders().failures() + result.commands().failures() == 0 ? 0 : 1;
    }

    private void print(PrintWriter out, String what, LoadPhase.Stats stats) {
        out.printf(Locale.ROOT, "%s: %,d by %d clients at %,.0f/s, p50 %.1f ms, p99 %.1f ms, failed: %s%n", what,
                stats.requests(), clients, stats.perSecond(), stats.p50Millis(), stats.p99Millis(),
                stats.statuses().isEmpty() ? "none" : stats.statuses());
    }
}
