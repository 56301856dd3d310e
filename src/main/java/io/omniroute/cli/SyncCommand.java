package io.omniroute.cli;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.LocalStore;
import io.omniroute.sync.ConnectionStatus;
import io.omniroute.sync.Password;
import io.omniroute.sync.SyncFailure;
import io.omniroute.sync.SyncListener;
import io.omniroute.sync.SyncProgress;
import io.omniroute.sync.SyncReport;
import io.omniroute.sync.SyncService;
import io.omniroute.sync.SyncSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code omniroute sync}: pulls a backend's change feed into the local cache and sends its queued commands. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Logs in to a backend (docs/sync-api.md), pulls its change feed into the local cache and"
                + " sends the cache's queued commands.",
            "The password comes from OMNIROUTE_PASSWORD, else from the terminal (not echoed) or standard input.",
            "Without --once it keeps following the feed live until interrupted."})
public final class SyncCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = PasswordInput.VARIABLE;

    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "URL",
            description = "The backend, e.g. http://127.0.0.1:8080.")
    String server;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "User to log in as.")
    String user;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.omniroute",
            description = "Folder of the local cache (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--once", description = "Pull until caught up, send what is due, then exit.")
    boolean once;

    private final Function<Path, LocalStore> stores;
    private final Function<String, String> environment;
    private final InputStream standardInput;

    public SyncCommand() {
        this(SyncCommand::openCache, System::getenv, System.in);
    }

    SyncCommand(Function<Path, LocalStore> stores, Function<String, String> environment, InputStream input) {
        this.stores = stores;
        this.environment = environment;
        this.standardInput = input;
    }

    /** The console's H2 cache under the data folder, created on first use; the command closes it at the end. */
    static LocalStore openCache(Path dataDir) {
        return H2LocalStore.on(CacheDatabase.open(dataDir), Clock.systemUTC());
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<char[]> password = password();
        if (password.isEmpty()) {
            err.println("error: no password: set " + PASSWORD_VARIABLE + " or type it on standard input");
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
        SyncSettings settings;
        try {
            settings = SyncSettings.of(server, user, Password.of(password.get()));
        } finally {
            Arrays.fill(password.get(), '\0');
        }
        LocalStore store = stores.apply(dataDir);
        try (SyncService sync = SyncService.create(settings, store)) {
            sync.addListener(new Printer(out));
            return once ? runOnce(sync, out, err) : follow(sync, out);
        } finally {
            settings.password().wipe();
            if (store instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    private static int runOnce(SyncService sync, PrintWriter out, PrintWriter err) {
        try {
            SyncReport report = sync.runOnce();
            out.printf("synced to seq %d (%d changes in %d pages); sent %d commands, %d still pending%n",
                    report.pull().lastSeq(), report.pull().changes(), report.pull().pages(), report.commandsSent(),
                    report.commandsPending());
            return 0;
        } catch (SyncFailure e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int follow(SyncService sync, PrintWriter out) throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sync.stop();
            interrupted.countDown();
        }, "omniroute-sync-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        sync.start();
        out.println("following the feed; Ctrl-C stops");
        interrupted.await();
        return 0;
    }

    private Optional<char[]> password() throws IOException {
        return PasswordInput.read(user, environment, standardInput);
    }

    /** Prints status changes as they come, and pull progress at most every two seconds. */
    private static final class Printer implements SyncListener {

        private static final long EVERY_NANOS = 2_000_000_000L;

        private final PrintWriter out;
        private long lastPrinted = System.nanoTime() - EVERY_NANOS;

        Printer(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void progress(SyncProgress progress) {
            long now = System.nanoTime();
            boolean caughtUp = progress.lastSeq() >= progress.serverLastSeq();
            if (now - lastPrinted < EVERY_NANOS && !caughtUp) {
                return;
            }
            lastPrinted = now;
            out.printf("pulled %,d changes: seq %,d of %,d (%d pages)%n", progress.changes(), progress.lastSeq(),
                    progress.serverLastSeq(), progress.pages());
            out.flush();
        }

        @Override
        public synchronized void statusChanged(ConnectionStatus status) {
            out.printf("%s, %d commands pending%s%n", status.state(), status.pendingCommands(),
                    status.lastError().map(error -> " (last error: " + error + ")").orElse(""));
            out.flush();
        }
    }
}
