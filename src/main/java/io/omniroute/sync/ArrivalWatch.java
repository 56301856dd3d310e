package io.omniroute.sync;

import io.omniroute.cache.FeedChange;
import io.omniroute.cache.LocalStore;
import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A {@link LocalStore} that passes everything through and notes, for the benchmark, when each order first became
 * visible in the cache: the moment the transaction of the page (or stream event) that carried it had committed.
 * While sampling it also shows each applied change to a consumer.
 */
final class ArrivalWatch implements LocalStore {

    private static final String ORDER = "order";

    private final LocalStore store;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private volatile Consumer<FeedChange> sampler = change -> { };

    ArrivalWatch(LocalStore store) {
        this.store = store;
    }

    /** Shows every change applied from now on to the consumer (on the sync thread), until {@link #stopSampling}. */
    void sample(Consumer<FeedChange> consumer) {
        sampler = consumer;
    }

    void stopSampling() {
        sampler = change -> { };
    }

    /** The {@link System#nanoTime} at which the order was first committed to the cache, if it has been. */
    Optional<Long> arrivalOf(String orderId) {
        return Optional.ofNullable(arrivals.get(orderId));
    }

    @Override
    public void applyPage(List<FeedChange> changes, long lastSeq) {
        store.applyPage(changes, lastSeq);
        long committed = System.nanoTime();
        Consumer<FeedChange> consumer = sampler;
        for (FeedChange change : changes) {
            if (ORDER.equals(change.entity()) && !change.deleted()) {
                arrivals.putIfAbsent(change.id(), committed);
            }
            consumer.accept(change);
        }
    }

    @Override
    public long cursor() {
        return store.cursor();
    }

    @Override
    public OutboxCommand enqueue(NewCommand command, Instant now) {
        return store.enqueue(command, now);
    }

    @Override
    public Optional<OutboxCommand> nextToSend(Instant now) {
        return store.nextToSend(now);
    }

    @Override
    public void markApplied(long id, long newVersion, Instant now) {
        store.markApplied(id, newVersion, now);
    }

    @Override
    public void markRetry(long id, Instant nextAttemptAt, String error) {
        store.markRetry(id, nextAttemptAt, error);
    }

    @Override
    public void markConflict(long id, String serverView, Instant now) {
        store.markConflict(id, serverView, now);
    }

    @Override
    public void markFailed(long id, String serverMessage, Instant now) {
        store.markFailed(id, serverMessage, now);
    }

    @Override
    public void discard(long id, Instant now) {
        store.discard(id, now);
    }

    @Override
    public OutboxCommand reapply(long id, long newExpectedVersion, Instant now) {
        return store.reapply(id, newExpectedVersion, now);
    }

    @Override
    public List<OutboxCommand> commands(List<OutboxState> states) {
        return store.commands(states);
    }
}
