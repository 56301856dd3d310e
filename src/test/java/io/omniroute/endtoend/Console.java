package io.omniroute.endtoend;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.sync.Password;
import io.omniroute.sync.RetryPolicy;
import io.omniroute.sync.SyncService;
import io.omniroute.sync.SyncSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A console's real H2 cache in a folder and the sync client on it, logged in as "plan", with test-sized waits. */
final class Console implements AutoCloseable {

    final H2LocalStore store;
    private final CacheDatabase database;
    private final String serverUrl;

    private Console(CacheDatabase database, String serverUrl) {
        this.database = database;
        this.store = H2LocalStore.on(database, Clock.systemUTC());
        this.serverUrl = serverUrl;
    }

    static Console open(Path dataDir, String serverUrl) {
        return new Console(CacheDatabase.open(dataDir), serverUrl);
    }

    /**
     * A sync client whose backoff is short; the feed is polled only once a minute while the stream is down, so a
     * change that arrives within seconds came over the stream.
     */
    SyncService sync() {
        return SyncService.create(settings(serverUrl), store);
    }

    static SyncSettings settings(String serverUrl) {
        return SyncSettings.of(serverUrl, "plan", Password.of(EndToEndServer.PASSWORD.toCharArray()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30))
                .withRetry(new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(500), 0.5),
                        Duration.ofMillis(20), Duration.ofMinutes(1))
                .withPageSize(500);
    }

    /** Cancels one unit of line 1 of the order at the version the console last saw. */
    static NewCommand cancelOne(String orderId, long expectedVersion, String reason) {
        return new NewCommand("CANCEL_LINES", "order", orderId, expectedVersion,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}", reason, "plan");
    }

    OutboxCommand command(long id) {
        return store.commands(List.copyOf(Arrays.asList(OutboxState.values()))).stream()
                .filter(command -> command.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no outbox command " + id));
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 20 s");
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
