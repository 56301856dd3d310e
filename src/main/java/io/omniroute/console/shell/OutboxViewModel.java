package io.omniroute.console.shell;

import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The outbox list behind the status bar's counts: every command not yet final (PENDING, CONFLICT) and the ones that
 * failed, with the two decisions a conflict waits for: discard it, or apply it again on the backend's version.
 */
public final class OutboxViewModel {

    private static final List<OutboxState> SHOWN = List.of(OutboxState.PENDING, OutboxState.CONFLICT,
            OutboxState.FAILED);

    private final H2LocalStore store;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableList<OutboxEntry> entries = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public OutboxViewModel(H2LocalStore store, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
    }

    public void refresh() {
        executor.execute(BackgroundTask.of("reading the outbox", () -> store.commands(SHOWN).stream()
                .map(OutboxEntry::of).toList())
                .onSuccess(entries::setAll)
                .onFailure(error -> message.set("cannot read the outbox: " + error.getMessage())));
    }

    /** Gives up a conflicting command: the backend's version stands. */
    public void discard(OutboxEntry entry) {
        requireConflict(entry);
        executor.execute(BackgroundTask.of("discarding command " + entry.id(), () -> {
            store.discard(entry.id(), clock.instant());
            return null;
        }).onSuccess(done -> {
            message.set(entry.type() + " on " + entry.target() + " discarded");
            refresh();
        }).onFailure(error -> message.set(error.getMessage())));
    }

    /** Sends a conflicting command again, this time expecting the version the cache now holds. */
    public void reapply(OutboxEntry entry) {
        requireConflict(entry);
        executor.execute(BackgroundTask.of("re-applying command " + entry.id(), () -> {
            OptionalLong version = store.targetVersion(entry.id());
            if (version.isEmpty()) {
                throw new IllegalStateException(entry.target() + " is not in the cache: wait for the sync, or"
                        + " discard the command");
            }
            store.reapply(entry.id(), version.getAsLong(), clock.instant());
            return version.getAsLong();
        }).onSuccess(version -> {
            message.set(entry.type() + " on " + entry.target() + " queued again on version " + version);
            refresh();
        }).onFailure(error -> message.set(error.getMessage())));
    }

    private static void requireConflict(OutboxEntry entry) {
        if (!entry.needsDecision()) {
            throw new IllegalArgumentException("command " + entry.id() + " is " + entry.state()
                    + ": only a CONFLICT waits for a decision");
        }
    }

    public ObservableList<OutboxEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
