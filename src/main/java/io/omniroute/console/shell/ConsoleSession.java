package io.omniroute.console.shell;

import io.omniroute.backend.ConsoleBackend;
import io.omniroute.backend.StartProgress;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.sync.SessionInfo;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * One running console's backend and data: opened once, synced in the background, closed when the window closes.
 * Opening and loading block, so the main window runs them as background tasks.
 */
public final class ConsoleSession implements AutoCloseable {

    private static final long LOGIN_POLL_MILLIS = 100;
    private static final String ROLE_KEY = "user.role.";
    private static final String STORE_KEY = "user.store.";

    private final ConsoleBackend backend;
    private final ConsoleData data;

    private ConsoleSession(ConsoleBackend backend, ConsoleData data) {
        this.backend = backend;
        this.data = data;
    }

    /** Opens the backend and starts syncing; the data listens to the cache from now on, but is not loaded yet. */
    public static ConsoleSession open(BackendOpener opener, StartProgress progress) throws Exception {
        ConsoleBackend backend = Objects.requireNonNull(opener, "opener").open(progress);
        try {
            ConsoleData data = ConsoleData.over(backend.store(), ZipDirectory.bundled());
            backend.start();
            return new ConsoleSession(backend, data);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** Reads what the cache holds into memory; the live updates keep it current afterwards. */
    public void load(LongConsumer positionsRead) {
        data.load(positionsRead);
    }

    /**
     * Who the backend says the user is: waits up to {@code patience} for the sync client's first login. Offline, the
     * role the backend gave this user last time (kept in the preferences) stands in; a user never seen before is a
     * planner, which shows nothing the backend withheld: the cache holds only what the feed sent this user.
     */
    public ConsoleUser awaitUser(Duration patience, ConsolePreferences preferences) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Optional<SessionInfo> session = backend.sync().session();
        while (session.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(LOGIN_POLL_MILLIS);
            session = backend.sync().session();
        }
        String name = backend.user();
        if (session.isPresent()) {
            preferences.put(ROLE_KEY + name, session.get().role());
            preferences.put(STORE_KEY + name, session.get().nodeId().orElse(""));
            return new ConsoleUser(name, session.get().role(), session.get().nodeId());
        }
        String store = preferences.get(STORE_KEY + name, "");
        return new ConsoleUser(name, preferences.get(ROLE_KEY + name, ConsoleUser.PLANNER),
                store.isEmpty() ? Optional.empty() : Optional.of(store));
    }

    public ConsoleBackend backend() {
        return backend;
    }

    public ConsoleData data() {
        return data;
    }

    @Override
    public void close() {
        data.close();
        backend.close();
    }
}
