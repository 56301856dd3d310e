package io.omniroute.cli;

import io.omniroute.backend.BackendException;
import io.omniroute.backend.ConsoleBackend;
import io.omniroute.backend.EmbeddedSettings;
import io.omniroute.cache.CacheException;
import io.omniroute.cache.CacheStats;
import io.omniroute.cache.EntityTable;
import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.sync.ConnectionStatus;
import io.omniroute.sync.SyncListener;
import io.omniroute.sync.SyncProgress;
import io.omniroute.sync.SyncSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code omniroute} without a command, until the console's window exists: opens the console's backend (embedded or
 * remote), syncs the cache, and prints where it is connected, the sync status and progress, and now and then what
 * the cache holds, until Ctrl-C. Never a password or a token.
 */
final class HeadlessConsole {

    private static final Duration SUMMARY_EVERY = Duration.ofSeconds(15);

    private final PrintWriter out;
    private final PrintWriter err;

    HeadlessConsole(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int runEmbedded(EmbeddedSettings settings) throws IOException, InterruptedException {
        ConsoleBackend backend;
        try {
            backend = ConsoleBackend.embedded(settings, this::say);
        } catch (InvalidInputException e) {
            return BadInput.report(e, err);
        } catch (BackendException | CacheException e) {
            return refuse(e);
        }
        say("embedded backend " + backend.apiUrl() + " (demo at "
                + BigDecimal.valueOf(settings.demo().ordersPerSecond()).stripTrailingZeros().toPlainString()
                + " orders/s), user " + backend.user() + "; data in " + settings.dataDir());
        return follow(backend);
    }

    int runRemote(Path dataDir, SyncSettings settings) throws InterruptedException {
        ConsoleBackend backend;
        try {
            backend = ConsoleBackend.remote(dataDir, settings);
        } catch (BackendException | CacheException e) {
            return refuse(e);
        }
        say("backend " + backend.apiUrl() + ", user " + backend.user() + "; cache in " + dataDir);
        return follow(backend);
    }

    private int follow(ConsoleBackend backend) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean closing = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closing.set(true);
            backend.close();
            stopped.countDown();
        }, "omniroute-console-shutdown"));
        backend.sync().addListener(new StatusPrinter());
        backend.start();
        say("syncing the cache; Ctrl-C stops");
        while (!stopped.await(SUMMARY_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
            try {
                say(summary(backend.store().stats()));
            } catch (CacheException e) {
                if (!closing.get()) {
                    err.println("warning: cannot read the cache: " + e.getMessage());
                    err.flush();
                }
            }
        }
        return 0;
    }

    private static String summary(CacheStats stats) {
        return String.format(Locale.ROOT, "cache: %,d nodes, %,d SKUs, %,d inventory positions, %,d orders,"
                + " %,d exceptions, %,d pickups; feed seq %,d", count(stats, EntityTable.NODE),
                count(stats, EntityTable.SKU), count(stats, EntityTable.INVENTORY), count(stats, EntityTable.ORDER),
                count(stats, EntityTable.EXCEPTION), count(stats, EntityTable.PICKUP), stats.sync().cursor());
    }

    private static long count(CacheStats stats, EntityTable entity) {
        return stats.entities().getOrDefault(entity, 0L);
    }

    private int refuse(RuntimeException e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return OmnirouteCommand.EXIT_BAD_INPUT;
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }

    /** Status changes and pulled pages, as they come, on the sync threads. */
    private final class StatusPrinter implements SyncListener {

        @Override
        public void progress(SyncProgress progress) {
            if (progress.changes() > 0) {
                say(String.format(Locale.ROOT, "sync: pulled %,d changes, seq %,d of %,d", progress.changes(),
                        progress.lastSeq(), progress.serverLastSeq()));
            }
        }

        @Override
        public void statusChanged(ConnectionStatus status) {
            say(String.format(Locale.ROOT, "sync: %s, %d commands pending%s", status.state(),
                    status.pendingCommands(), status.lastError().map(error -> " (" + error + ")").orElse("")));
        }
    }
}
