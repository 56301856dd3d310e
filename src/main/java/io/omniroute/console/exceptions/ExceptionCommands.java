package io.omniroute.console.exceptions;

import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.console.model.PendingMarks;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues the planner's decisions in the outbox, one decision's commands in one transaction. An order shows pending
 * the moment the planner acts, and keeps that mark until a read started after the commands were queued shows the
 * cache's own mark, so a row never flickers back. Call it on the UI thread only.
 */
final class ExceptionCommands {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionCommands.class);

    private final H2LocalStore store;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String actor;
    private final QueueReads reads;
    private final Runnable changed;
    private final PendingMarks localPending = new PendingMarks();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    ExceptionCommands(H2LocalStore store, TaskExecutor executor, Clock clock, String actor, QueueReads reads,
            Runnable changed) {
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    String actor() {
        return actor;
    }

    /** A command on an exception itself (take, release), at the exception's version. */
    NewCommand onException(String type, String exceptionId, long version) {
        return new NewCommand(type, "exception", exceptionId, version, CommandJson.empty(), "", actor);
    }

    /**
     * Queues the commands together, marking their orders pending at once.
     *
     * @param orderIds the orders the commands change, for the pending marks
     * @param what the decision in a few words, for the message
     * @param queued told the queued commands, on the UI thread
     */
    void send(List<NewCommand> commands, Set<String> orderIds, String what, Consumer<List<OutboxCommand>> queued) {
        if (commands.isEmpty()) {
            return;
        }
        localPending.acting(orderIds);
        changed.run();
        executor.execute(BackgroundTask.of("queueing " + what, () -> store.enqueueAll(commands, clock.instant()))
                .onSuccess(done -> {
                    localPending.queued(orderIds, reads.nextSequence());
                    message.set(what + ": " + done.stream().map(OutboxCommand::type)
                            .collect(Collectors.joining(", ")) + " queued, sent with the next sync (kept across a"
                            + " restart)");
                    reads.changed(orderIds, Set.of(), true);
                    queued.accept(done);
                })
                .onFailure(failure -> {
                    LOG.warn("cannot queue {} for {}", what, orderIds, failure);
                    localPending.dropped(orderIds);
                    message.set("Cannot queue " + what + ": " + failure.getMessage());
                    changed.run();
                }));
    }

    /** A conflict's first decision: the backend's version stands. */
    void discard(long commandId, String orderId) {
        decide("discarding the conflicting command", orderId, () -> {
            store.discard(commandId, clock.instant());
            return "the backend's version of " + orderId + " stands";
        });
    }

    /** A conflict's second decision: send it again, expecting the version the cache now holds. */
    void reapply(long commandId, String orderId) {
        decide("applying the command again", orderId, () -> {
            OptionalLong version = store.targetVersion(commandId);
            if (version.isEmpty()) {
                throw new IllegalStateException(orderId + " is not in the cache: wait for the sync, or discard");
            }
            store.reapply(commandId, version.getAsLong(), clock.instant());
            return "queued again on version " + version.getAsLong() + " of " + orderId;
        });
    }

    private void decide(String what, String orderId, Callable<String> work) {
        executor.execute(BackgroundTask.of(what, work)
                .onSuccess(done -> {
                    message.set(done);
                    reads.changed(Set.of(orderId), Set.of(), true);
                })
                .onFailure(failure -> message.set("Cannot finish " + what + ": " + failure.getMessage())));
    }

    /** Drops the local marks the read reflects: from now on the cache's pending mark speaks for the order. */
    void landed(QueueReads.Result result) {
        localPending.landed(result.sequence(), orderId -> result.full() || result.byOrder().containsKey(orderId));
    }

    boolean pending(String orderId) {
        return localPending.has(orderId);
    }

    void say(String text) {
        message.set(text);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
