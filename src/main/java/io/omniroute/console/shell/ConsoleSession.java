package io.omniroute.console.shell;

import io.omniroute.backend.ConsoleBackend;
import io.omniroute.backend.StartProgress;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.ZipDirectory;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * One running console's backend and data: opened once, synced in the background, closed when the window closes.
 * Opening and loading block, so the main window runs them as background tasks.
 */
public final class ConsoleSession implements AutoCloseable {

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
