package io.omniroute.endtoend;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.sync.ConnectionStatus;
import io.omniroute.sync.SyncListener;
import io.omniroute.sync.SyncService;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child JVM of {@link OutboxCrashIT}: a console that runs the sync client on the cache in {@code args[0]}
 * against the server at {@code args[1]}, printing {@code pending <n>} whenever its count of pending commands changes,
 * until it is killed.
 */
public final class DrainingChild {

    private DrainingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        H2LocalStore store = H2LocalStore.on(CacheDatabase.open(Path.of(args[0])), Clock.systemUTC());
        SyncService sync = SyncService.create(Console.settings(args[1]), store);
        sync.addListener(new SyncListener() {
            @Override
            public void statusChanged(ConnectionStatus status) {
                out.println("pending " + status.pendingCommands());
            }
        });
        sync.start();
        out.println("started");
        while (true) {
            Thread.sleep(1_000);
        }
    }
}
