package io.omniroute.sync;

import io.omniroute.cache.FeedChange;
import io.omniroute.cache.LocalStore;
import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A test double of the H2 cache with the semantics LocalStore documents; every method is one "transaction". */
final class InMemoryStore implements LocalStore {

    /** A cached entity: its version and JSON. */
    record Entity(long version, String data) {
    }

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<OutboxCommand> outbox = new ArrayList<>();
    private long cursor;
    private int pagesApplied;

    @Override
    public synchronized long cursor() {
        return cursor;
    }

    @Override
    public synchronized void applyPage(List<FeedChange> changes, long lastSeq) {
        for (FeedChange change : changes) {
            String key = change.entity() + "/" + change.id();
            Entity cached = entities.get(key);
            if (cached != null && cached.version() > change.version()) {
                continue;
            }
            if (change.deleted()) {
                entities.remove(key);
            } else {
                entities.put(key, new Entity(change.version(), change.data().orElseThrow()));
            }
        }
        cursor = lastSeq;
        pagesApplied++;
    }

    @Override
    public synchronized OutboxCommand enqueue(NewCommand command, Instant now) {
        OutboxCommand queued = new OutboxCommand(outbox.size() + 1, UUID.randomUUID().toString(), command.type(),
                command.target(), command.expectedVersion(), command.payloadJson(), command.reason(),
                command.actor(), OutboxState.PENDING, 0, Optional.empty(), Optional.empty(), Optional.empty(), now);
        outbox.add(queued);
        return queued;
    }

    @Override
    public synchronized Optional<OutboxCommand> nextToSend(Instant now) {
        return outbox.stream().filter(c -> c.state() == OutboxState.PENDING).findFirst()
                .filter(c -> c.nextAttemptAt().map(at -> !at.isAfter(now)).orElse(true));
    }

    @Override
    public synchronized void markApplied(long id, long newVersion, Instant now) {
        replace(id, c -> with(c, OutboxState.APPLIED, c.attempts() + 1, Optional.empty(), c.lastError(),
                c.serverView()));
    }

    @Override
    public synchronized void markRetry(long id, Instant nextAttemptAt, String error) {
        replace(id, c -> with(c, OutboxState.PENDING, c.attempts() + 1, Optional.of(nextAttemptAt),
                Optional.of(error), c.serverView()));
    }

    @Override
    public synchronized void markConflict(long id, String serverView, Instant now) {
        replace(id, c -> with(c, OutboxState.CONFLICT, c.attempts() + 1, Optional.empty(), c.lastError(),
                Optional.of(serverView)));
    }

    @Override
    public synchronized void markFailed(long id, String serverMessage, Instant now) {
        replace(id, c -> with(c, OutboxState.FAILED, c.attempts() + 1, Optional.empty(), Optional.of(serverMessage),
                c.serverView()));
    }

    @Override
    public synchronized void discard(long id, Instant now) {
        replace(id, c -> with(c, OutboxState.DISCARDED, c.attempts(), Optional.empty(), c.lastError(),
                c.serverView()));
    }

    @Override
    public synchronized OutboxCommand reapply(long id, long newExpectedVersion, Instant now) {
        OutboxCommand old = command(id);
        OutboxCommand again = new OutboxCommand(id, UUID.randomUUID().toString(), old.type(), old.target(),
                newExpectedVersion, old.payloadJson(), old.reason(), old.actor(), OutboxState.PENDING, 0,
                Optional.empty(), Optional.empty(), Optional.empty(), old.createdAt());
        outbox.set(outbox.indexOf(old), again);
        return again;
    }

    @Override
    public synchronized List<OutboxCommand> commands(List<OutboxState> states) {
        return outbox.stream().filter(c -> states.contains(c.state())).toList();
    }

    synchronized OutboxCommand command(long id) {
        return outbox.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    synchronized Optional<Entity> entity(String entity, String id) {
        return Optional.ofNullable(entities.get(entity + "/" + id));
    }

    synchronized int entityCount() {
        return entities.size();
    }

    synchronized int pagesApplied() {
        return pagesApplied;
    }

    private void replace(long id, java.util.function.UnaryOperator<OutboxCommand> change) {
        OutboxCommand old = command(id);
        outbox.set(outbox.indexOf(old), change.apply(old));
    }

    private static OutboxCommand with(OutboxCommand c, OutboxState state, int attempts, Optional<Instant> next,
            Optional<String> error, Optional<String> view) {
        return new OutboxCommand(c.id(), c.idempotencyKey(), c.type(), c.target(), c.expectedVersion(),
                c.payloadJson(), c.reason(), c.actor(), state, attempts, next, error, view, c.createdAt());
    }
}
