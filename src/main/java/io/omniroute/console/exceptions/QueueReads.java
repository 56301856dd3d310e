package io.omniroute.console.exceptions;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the queue in the background, one read at a time: everything at first and on each tick (time moves promises
 * into risk), then only the orders a change notice named. Notices that arrive during a read fold into the next one,
 * and reads land in the order they ran, so an older read never overwrites a newer one. Call it on the UI thread.
 */
final class QueueReads {

    /**
     * What a read found.
     *
     * @param sequence reads are numbered in the order they start
     * @param full every order was read: rows of orders it does not name are gone
     * @param conflicts the conflict rows, when the read looked at the outbox
     */
    record Result(long sequence, boolean full, Map<String, List<QueueItem>> byOrder,
            Optional<List<QueueItem>> conflicts) {
    }

    private final QueueReader reader;
    private final TaskExecutor executor;
    private final Supplier<Instant> clock;
    private final Consumer<Result> landed;
    private final Consumer<Throwable> failed;
    private boolean fullWanted;
    private boolean conflictsWanted;
    private Set<String> ordersWanted = new HashSet<>();
    private Set<String> exceptionsWanted = new HashSet<>();
    private boolean reading;
    private long started;

    QueueReads(QueueReader reader, TaskExecutor executor, Supplier<Instant> clock, Consumer<Result> landed,
            Consumer<Throwable> failed) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.landed = Objects.requireNonNull(landed, "landed");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    void loadAll() {
        fullWanted = true;
        conflictsWanted = true;
        next();
    }

    void changed(Set<String> orderIds, Set<String> exceptionIds, boolean outboxMoved) {
        ordersWanted.addAll(orderIds);
        exceptionsWanted.addAll(exceptionIds);
        conflictsWanted |= outboxMoved;
        next();
    }

    /** The number the next read to start will carry: it sees everything committed before it starts. */
    long nextSequence() {
        return started + 1;
    }

    private void next() {
        if (reading || !(fullWanted || conflictsWanted || !ordersWanted.isEmpty() || !exceptionsWanted.isEmpty())) {
            return;
        }
        boolean full = fullWanted;
        boolean conflicts = conflictsWanted;
        Set<String> orders = ordersWanted;
        Set<String> exceptions = exceptionsWanted;
        fullWanted = false;
        conflictsWanted = false;
        ordersWanted = new HashSet<>();
        exceptionsWanted = new HashSet<>();
        long sequence = ++started;
        Instant now = clock.get();
        reading = true;
        executor.execute(BackgroundTask.of("reading the exception queue", () -> {
            Map<String, List<QueueItem>> rows;
            if (full) {
                rows = reader.all(now);
            } else {
                Set<String> named = new HashSet<>(orders);
                named.addAll(reader.ordersOfExceptions(exceptions));
                rows = reader.orders(named, now);
            }
            return new Result(sequence, full, rows, conflicts ? Optional.of(reader.conflicts()) : Optional.empty());
        }).onSuccess(landed).onFailure(failed).onFinished(() -> {
            reading = false;
            next();
        }));
    }
}
