package io.omniroute.cache;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The child JVM of {@link CacheCrashIT}: enqueues commands on order O-1 as fast as it can and prints
 * {@code ack <id> <key>} once each enqueue has returned, until it is killed.
 */
public final class EnqueueingChild {

    private EnqueueingChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CacheDatabase database = CacheDatabase.open(Path.of(args[0]));
        H2LocalStore store = H2LocalStore.on(database, Clock.systemUTC());
        out.println("ready");
        for (int n = 1; ; n++) {
            OutboxCommand command = store.enqueue(new NewCommand("CANCEL_LINES", "order", "O-1", 1,
                    "{\"lines\":[{\"line_no\":1,\"qty\":" + n + "}]}", "crash test", "ana"), Instant.now());
            out.println("ack " + command.id() + " " + command.idempotencyKey());
        }
    }
}
