package io.omniroute.backend;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.SyncState;
import io.omniroute.server.OmnirouteServer;
import io.omniroute.server.ServerSettings;
import io.omniroute.sync.Password;
import io.omniroute.sync.SyncService;
import io.omniroute.sync.SyncSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's backend, open: the local cache, the sync client that fills it, and in the embedded default the
 * reference server, run by this process on loopback. Either way the console reads the cache and the sync client
 * speaks HTTP to a backend; only where the backend runs differs.
 *
 * <p>Opening does not start syncing: add listeners to {@link #sync()}, then {@link #start()}.
 */
public final class ConsoleBackend implements AutoCloseable {

    /** Under the data folder: the sample the embedded server is seeded from. */
    public static final String SAMPLE_FOLDER = "sample";
    /** Under the data folder: the embedded server's users; {@code omniroute user add} can add more. */
    public static final String USERS_FILE = "users.tsv";
    /** Under the data folder, without H2's {@code .mv.db}: {@code serve --data-dir} opens the same database. */
    public static final String SERVER_FILE = "server";
    /** The source the cache records for the embedded server, whose port changes at every start. */
    static final String EMBEDDED_SOURCE = "embedded";

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleBackend.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final CacheDatabase cache;
    private final H2LocalStore store;
    private final SyncService sync;
    private final Optional<OmnirouteServer> server;
    private final String apiUrl;
    private final String user;
    private final Password password;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ConsoleBackend(CacheDatabase cache, H2LocalStore store, SyncService sync,
            Optional<OmnirouteServer> server, String apiUrl, String user, Password password) {
        this.cache = cache;
        this.store = store;
        this.sync = sync;
        this.server = server;
        this.apiUrl = apiUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * The embedded default: generates the sample under the data folder on first use, gives the local planner a new
     * password, starts the reference server on 127.0.0.1 (any free port) over its H2 file in demo mode, seeded from
     * the sample when the database is new, and opens the cache with a sync client logged in to it.
     *
     * @throws io.omniroute.cache.CacheException when another process holds the cache (a second console)
     * @throws BackendException when the cache holds the data of another backend
     * @throws io.omniroute.engine.scenario.InvalidInputException when the sample or the users file is malformed
     */
    public static ConsoleBackend embedded(EmbeddedSettings settings, StartProgress progress) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(progress, "progress");
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        // the cache first: a second console on this folder stops here, before it renews the local user's password
        CacheDatabase cache = CacheDatabase.open(dataDir);
        OmnirouteServer server = null;
        Password password = null;
        try {
            H2LocalStore store = H2LocalStore.on(cache, Clock.systemUTC());
            claim(store, EMBEDDED_SOURCE, settings.user(), dataDir);
            Path sample = dataDir.resolve(SAMPLE_FOLDER);
            if (!SampleScenario.existsIn(sample)) {
                progress.report(String.format(Locale.ROOT, "generating the sample scenario (%,d nodes, %,d SKUs, %,d"
                        + " orders) into %s", settings.sample().nodes(), settings.sample().skus(),
                        settings.sample().orders(), sample));
                SampleScenario.generate(sample, settings.sample());
            }
            password = LocalUser.renew(dataDir.resolve(USERS_FILE), settings.user());
            progress.report(Files.exists(dataDir.resolve(SERVER_FILE + ".mv.db"))
                    ? "starting the embedded server on " + dataDir.resolve(SERVER_FILE + ".mv.db")
                    : "starting the embedded server; loading the sample into a new database");
            server = OmnirouteServer.start(serverSettings(dataDir, settings), Clock.systemUTC());
            String url = "http://" + LOOPBACK + ":" + server.port() + "/api/v1";
            SyncService sync = SyncService.create(SyncSettings.of(url, settings.user(), password), store);
            return new ConsoleBackend(cache, store, sync, Optional.of(server), url, settings.user(), password);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            if (password != null) {
                password.wipe();
            }
            cache.close();
            throw e;
        }
    }

    /**
     * A backend elsewhere: opens this backend's and user's own cache under the data folder
     * ({@code remote/<host>_<port>/<user>}) with a sync client for it, so another user starts from a clean cache. The
     * backend owns the settings' password from now on and wipes it when closed, or at once when opening fails.
     *
     * @throws io.omniroute.cache.CacheException when another process holds the cache (a second console)
     * @throws BackendException when the cache holds the data of another backend or user
     */
    public static ConsoleBackend remote(Path dataDir, SyncSettings settings) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(settings, "settings");
        Path folder = CacheFolder.remote(dataDir.toAbsolutePath().normalize(), settings.server(), settings.user());
        try {
            CacheDatabase cache = CacheDatabase.open(folder);
            try {
                H2LocalStore store = H2LocalStore.on(cache, Clock.systemUTC());
                claim(store, source(settings.server()), settings.user(), folder);
                return new ConsoleBackend(cache, store, SyncService.create(settings, store), Optional.empty(),
                        settings.server(), settings.user(), settings.password());
            } catch (RuntimeException e) {
                cache.close();
                throw e;
            }
        } catch (RuntimeException e) {
            settings.password().wipe();
            throw e;
        }
    }

    private static ServerSettings serverSettings(Path dataDir, EmbeddedSettings settings) {
        return new ServerSettings(LOOPBACK, 0, "jdbc:h2:file:" + dataDir.resolve(SERVER_FILE), "sa", "",
                Optional.of(dataDir.resolve(SAMPLE_FOLDER)), dataDir.resolve(USERS_FILE)).withDemo(settings.demo());
    }

    /**
     * Records where the cache's data comes from, refusing a cache filled from elsewhere: its feed cursor counts
     * another server's changes (or another user's view of them), so following this one from it would skip or mix
     * data.
     */
    private static void claim(H2LocalStore store, String source, String user, Path dataDir) {
        SyncState state = store.syncState();
        boolean otherSource = state.serverUrl().filter(previous -> !previous.equals(source)).isPresent();
        boolean otherUser = state.user().filter(previous -> !previous.equals(user)).isPresent();
        if (state.cursor() > 0 && (otherSource || otherUser)) {
            throw new BackendException("the cache in " + dataDir + " holds the data of " + state.serverUrl().orElse("?")
                    + " as " + state.user().orElse("?") + ", not of " + source + " as " + user + ": give this backend"
                    + " a --data-dir of its own, or delete " + dataDir.resolve(CacheDatabase.FILE_NAME + ".mv.db")
                    + " to start that cache over");
        }
        store.rememberSource(source, user);
    }

    /** The server's address as the cache records it: without a trailing slash or the API path. */
    static String source(String server) {
        String base = server.replaceAll("/+$", "");
        return base.endsWith("/api/v1") ? base.substring(0, base.length() - "/api/v1".length()) : base;
    }

    /** Starts following the feed and sending the outbox; a second call does nothing. */
    public void start() {
        sync.start();
    }

    /** The cache the console's screens read. */
    public H2LocalStore store() {
        return store;
    }

    /** The sync client: its status, and listeners for status and pull progress. */
    public SyncService sync() {
        return sync;
    }

    /** The backend's API address; for the embedded server, {@code http://127.0.0.1:<port>/api/v1}. */
    public String apiUrl() {
        return apiUrl;
    }

    public String user() {
        return user;
    }

    public boolean isEmbedded() {
        return server.isPresent();
    }

    /**
     * Stops syncing, then the embedded server, then closes the cache, and wipes the password. Safe to call twice
     * (a shutdown hook and the caller may both close).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!sync.stop()) {
            LOG.warn("closing the cache while a sync thread still finishes its write; it will fail and be redone"
                    + " at the next start");
        }
        try {
            server.ifPresent(OmnirouteServer::close);
        } finally {
            cache.close();
            password.wipe();
        }
    }
}
