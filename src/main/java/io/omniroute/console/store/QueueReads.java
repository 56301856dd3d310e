package io.omniroute.console.store;

import io.omniroute.cache.PickupRow;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the store's queue in the background, one read at a time: a full load when the store is chosen, then only
 * the pickups a change notice named. Notices that arrive during a read fold into the next one, and reads land in the
 * order they ran, so an older read never overwrites a newer one. Call it on the UI thread only.
 */
final class QueueReads {

    /**
     * What a read found, for the store it was asked for.
     *
     * @param sequence the read's number: reads are numbered in the order they start
     */
    record Result(long sequence, String nodeId, boolean full, Set<String> asked, List<PickupRow> found,
            Optional<PickupSource.ProblemCommands> problems) {

        /** The read saw the pickup's current row (or its absence). */
        boolean covers(String orderId) {
            return full || asked.contains(orderId);
        }
    }

    private final PickupSource source;
    private final TaskExecutor executor;
    private final Supplier<Instant> since;
    private final Consumer<Result> landed;
    private final Consumer<Throwable> failed;
    private String nodeId = "";
    private boolean fullWanted;
    private boolean problemsWanted;
    private Set<String> idsWanted = new HashSet<>();
    private boolean reading;
    private long startedReads;

    QueueReads(PickupSource source, TaskExecutor executor, Supplier<Instant> since,
            Consumer<Result> landed, Consumer<Throwable> failed) {
        this.source = Objects.requireNonNull(source, "source");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.since = Objects.requireNonNull(since, "since");
        this.landed = Objects.requireNonNull(landed, "landed");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /** Reads the store's whole queue ("" reads nothing). */
    void load(String store) {
        nodeId = Objects.requireNonNull(store, "store");
        fullWanted = true;
        idsWanted = new HashSet<>();
        problemsWanted = false;
        next();
    }

    /** Reads those pickups again, and the refused commands too when the outbox moved. */
    void changed(Set<String> ids, boolean outboxMoved) {
        if (nodeId.isEmpty()) {
            return;
        }
        idsWanted.addAll(ids);
        problemsWanted |= outboxMoved;
        next();
    }

    /** The number the next read to start will carry: it sees everything committed before it starts. */
    long nextSequence() {
        return startedReads + 1;
    }

    private void next() {
        if (reading || nodeId.isEmpty()) {
            return;
        }
        String store = nodeId;
        Instant from = since.get();
        if (fullWanted) {
            fullWanted = false;
            idsWanted = new HashSet<>();
            problemsWanted = false;
            long sequence = ++startedReads;
            start(store, () -> new Result(sequence, store, true, Set.of(), source.pickupsAt(store, from),
                    Optional.of(source.problemCommands(store, from))));
        } else if (!idsWanted.isEmpty() || problemsWanted) {
            Set<String> ids = Set.copyOf(idsWanted);
            boolean problems = problemsWanted;
            idsWanted = new HashSet<>();
            problemsWanted = false;
            long sequence = ++startedReads;
            start(store, () -> new Result(sequence, store, false, ids, source.pickups(store, ids),
                    problems ? Optional.of(source.problemCommands(store, from)) : Optional.empty()));
        }
    }

    private void start(String store, Callable<Result> read) {
        reading = true;
        executor.execute(BackgroundTask.of("reading the pickups of " + store, read)
                .onSuccess(result -> {
                    // a read for a store the user has since left is dropped: its rows must not show
                    if (result.nodeId().equals(nodeId)) {
                        landed.accept(result);
                    }
                })
                .onFailure(failed)
                .onFinished(() -> {
                    reading = false;
                    next();
                }));
    }
}
