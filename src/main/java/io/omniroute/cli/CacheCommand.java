package io.omniroute.cli;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.CacheException;
import io.omniroute.cache.CacheStats;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OutboxState;
import io.omniroute.server.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code omniroute cache}: looks into the console's local cache (docs/cache.md). */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "Looks into the console's local cache (docs/cache.md).",
        subcommands = {CacheCommand.StatsCommand.class})
public final class CacheCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code omniroute cache stats}: rows per entity, the feed cursor and the outbox per state, as JSON. */
    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"Prints, as JSON, how many rows of each entity the cache holds, how far it has read the"
                    + " change feed, and how many commands its outbox holds in each state.",
                "The cache is locked while a console uses it: close the console first."})
    public static final class StatsCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.omniroute",
                description = "The console's data folder (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CacheStats stats;
            try (CacheDatabase database = CacheDatabase.openExisting(dataDir)) {
                stats = H2LocalStore.on(database, Clock.systemUTC()).stats();
            } catch (CacheException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return OmnirouteCommand.EXIT_BAD_INPUT;
            }
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report(stats)));
            out.flush();
            return 0;
        }

        private Map<String, Object> report(CacheStats stats) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("data_dir", dataDir.toAbsolutePath().normalize().toString());
            report.put("cursor", stats.sync().cursor());
            report.put("last_sync_at", stats.sync().lastSyncAt().map(Instant::toString).orElse(null));
            report.put("server_url", stats.sync().serverUrl().orElse(null));
            report.put("user", stats.sync().user().orElse(null));
            Map<String, Long> entities = new LinkedHashMap<>();
            for (EntityTable entity : EntityTable.values()) {
                entities.put(entity.feedName(), stats.entities().getOrDefault(entity, 0L));
            }
            report.put("entities", entities);
            Map<String, Long> outbox = new LinkedHashMap<>();
            for (OutboxState state : OutboxState.values()) {
                outbox.put(state.name(), stats.outbox().getOrDefault(state, 0L));
            }
            report.put("outbox", outbox);
            return report;
        }
    }
}
