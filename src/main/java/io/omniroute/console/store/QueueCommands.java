package io.omniroute.console.store;

import io.omniroute.cache.NewCommand;
import io.omniroute.console.model.PendingMarks;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues the store's steps in the outbox, each against the pickup version the user saw. The queue marks an order
 * pending the moment the user acts, and keeps that mark until a read started after the command was queued shows
 * the cache's own mark, so the row never flickers back. Call it on the UI thread only.
 */
final class QueueCommands {

    private static final Logger LOG = LoggerFactory.getLogger(QueueCommands.class);

    private final PickupSource source;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String actor;
    private final QueueReads reads;
    private final Runnable changed;
    private final PendingMarks localPending = new PendingMarks();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    QueueCommands(PickupSource source, TaskExecutor executor, Clock clock, String actor, QueueReads reads,
            Runnable changed) {
        this.source = Objects.requireNonNull(source, "source");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /** The same payload for every row. */
    void send(PickupAction action, List<QueueRow> rows, String payload) {
        Map<String, String> payloads = new LinkedHashMap<>();
        rows.forEach(row -> payloads.put(row.orderId(), payload));
        send(action, rows, payloads, "");
    }

    /**
     * Queues one command per order that has a payload.
     *
     * @param reason the user's note, sent as the command's reason
     */
    void send(PickupAction action, List<QueueRow> rows, Map<String, String> payloads, String reason) {
        List<NewCommand> queued = rows.stream().filter(row -> payloads.containsKey(row.orderId()))
                .map(row -> new NewCommand(action.commandType(), "pickup", row.orderId(), row.pickup().version(),
                        payloads.get(row.orderId()), reason, actor))
                .toList();
        if (queued.isEmpty()) {
            return;
        }
        Set<String> ids = Set.copyOf(queued.stream().map(NewCommand::target).toList());
        localPending.acting(ids);
        changed.run();
        Instant at = clock.instant();
        executor.execute(BackgroundTask.of("queueing " + action.commandType(), () -> {
                    queued.forEach(command -> source.enqueue(command, at));
                    return queued.size();
                })
                .onSuccess(count -> {
                    localPending.queued(ids, reads.nextSequence());
                    message.set(action.commandType() + " queued for " + (count == 1 ? queued.get(0).target()
                            : count + " orders") + ": it goes out with the next sync, even after a restart");
                    reads.changed(ids, true);
                })
                .onFailure(failure -> {
                    LOG.warn("cannot queue {} for {}", action.commandType(), ids, failure);
                    localPending.dropped(ids);
                    message.set("Cannot queue " + action.commandType() + ": " + failure.getMessage());
                    reads.changed(ids, true);
                    changed.run();
                }));
    }

    /** Drops the local marks the read reflects: from now on the cache's pending mark speaks for the order. */
    void landed(QueueReads.Result result) {
        localPending.landed(result.sequence(), result::covers);
    }

    Set<String> localPending() {
        return localPending.ids();
    }

    void say(String text) {
        message.set(text);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
