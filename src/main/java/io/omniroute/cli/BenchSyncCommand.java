package io.omniroute.cli;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.sync.Password;
import io.omniroute.sync.SyncBenchmark;
import io.omniroute.sync.SyncSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code omniroute bench-sync}: initial sync speed and change-to-cache latency against a server on this machine. */
@Command(name = "bench-sync", mixinStandardHelpOptions = true,
        description = {"Benchmarks the console's sync client against a running server on a loopback address:"
                + " the initial sync of the whole change feed into a fresh cache (changes/s), then, while the"
                + " follower runs on the change stream, the time from each new order's POST answer to the order"
                + " being in the cache (p50, p95, max).",
            "The password comes from OMNIROUTE_PASSWORD."})
public final class BenchSyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, description = "The server, e.g. http://127.0.0.1:8080.")
    String url;

    @Option(names = "--user", required = true, description = "A planner's user name (it posts the orders).")
    String user;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "An empty or new folder for the cache (default: a temporary folder, removed afterwards).")
    Path dataDir;

    @Option(names = "--orders", defaultValue = "100", description = "Orders to post (default: ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--rate", defaultValue = "10", description = "Orders per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--page-size", defaultValue = "5000",
            description = "Changes per feed page in the initial sync (default: ${DEFAULT-VALUE}, as the console).")
    int pageSize;

    private final Function<String, String> environment;

    public BenchSyncCommand() {
        this(System::getenv);
    }

    BenchSyncCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String password = environment.apply(SyncCommand.PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            err.println("error: set " + SyncCommand.PASSWORD_VARIABLE + " to the password of " + user);
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        if (orders < 1 || !(rate > 0)) {
            err.println("error: --orders must be >= 1 and --rate > 0");
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        if (dataDir != null && Files.isDirectory(dataDir) && !isEmpty(dataDir)) {
            err.println("error: " + dataDir + " is not empty: the initial sync is measured into a fresh cache");
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        SyncSettings settings = SyncSettings.of(url, user, Password.of(password.toCharArray())).withPageSize(pageSize);
        SyncBenchmark benchmark = SyncBenchmark.against(settings);
        Path folder = dataDir != null ? dataDir : Files.createTempDirectory("omniroute-bench-sync");
        try (CacheDatabase database = CacheDatabase.open(folder)) {
            SyncBenchmark.Result result = benchmark.run(H2LocalStore.on(database, Clock.systemUTC()), orders, rate);
            print(out, result);
            return result.latency().missing() == 0 ? 0 : 1;
        } finally {
            settings.password().wipe();
            if (dataDir == null) {
                deleteTree(folder);
            }
        }
    }

    private static void print(PrintWriter out, SyncBenchmark.Result result) {
        SyncBenchmark.InitialSync sync = result.initialSync();
        out.printf(Locale.ROOT, "initial sync: %,d changes in %.1f s, %,.0f changes/s%n", sync.changes(),
                sync.elapsed().toNanos() / 1e9, sync.changesPerSecond());
        SyncBenchmark.Latency latency = result.latency();
        out.printf(Locale.ROOT, "change to cache: %d orders, p50 %.1f ms, p95 %.1f ms, max %.1f ms%s%n",
                latency.orders(), millis(latency.p50()), millis(latency.p95()), millis(latency.max()),
                latency.missing() == 0 ? "" : ", " + latency.missing() + " never arrived");
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
