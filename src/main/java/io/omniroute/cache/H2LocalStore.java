package io.omniroute.cache;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@link LocalStore} over the H2 cache file, plus the few reads the console needs. Each method is one
 * transaction of {@link CacheDatabase}; the entity JSON is always what the server last sent, and a command's local
 * effect is only the pending mark on its target (docs/cache.md).
 */
public final class H2LocalStore implements LocalStore, AutoCloseable {

    private final CacheDatabase database;
    private final Clock clock;
    private final List<CacheListener> listeners = new CopyOnWriteArrayList<>();

    private H2LocalStore(CacheDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A store over an open cache; the clock stamps the time of each applied page. */
    public static H2LocalStore on(CacheDatabase database, Clock clock) {
        return new H2LocalStore(Objects.requireNonNull(database, "database"), Objects.requireNonNull(clock, "clock"));
    }

    /** Closes the cache database under this store. */
    @Override
    public void close() {
        database.close();
    }

    /** Told after each transaction that changed cached entities or the outbox; see {@link CacheListener}. */
    public void addListener(CacheListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(CacheListener listener) {
        listeners.remove(listener);
    }

    /** Runs the console's reads in one read-only transaction; a write inside it fails. */
    public <T> T read(CacheWork<T> work) {
        return database.read(work);
    }

    private void tell(CacheChanges changes) {
        for (CacheListener listener : listeners) {
            listener.changed(changes);
        }
    }

    @Override
    public long cursor() {
        return syncState().cursor();
    }

    public SyncState syncState() {
        return database.read(tx -> tx.syncState().get());
    }

    /** Records which server and user this cache is synced from (shown by {@code omniroute cache stats}). */
    public void rememberSource(String serverUrl, String user) {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(user, "user");
        database.inTransaction(tx -> {
            tx.syncState().setSource(serverUrl, user);
            return null;
        });
    }

    /**
     * {@inheritDoc} Within the page only the latest change of each entity counts (the highest version, then the
     * highest seq); a change whose entity is unknown or whose data is malformed fails the whole page, leaving the
     * cache and the cursor as they were.
     */
    @Override
    public void applyPage(List<FeedChange> changes, long lastSeq) {
        Objects.requireNonNull(changes, "changes");
        Map<EntityTable, Map<String, FeedChange>> latest = latestPerEntity(changes);
        Instant at = clock.instant();
        database.inTransaction(tx -> {
            for (Map.Entry<EntityTable, Map<String, FeedChange>> entity : latest.entrySet()) {
                List<FeedChange> upserts = new ArrayList<>();
                List<FeedChange> deletions = new ArrayList<>();
                for (FeedChange change : entity.getValue().values()) {
                    (change.deleted() ? deletions : upserts).add(change);
                }
                tx.entities().upsertAll(entity.getKey(), upserts);
                tx.entities().deleteAll(entity.getKey(), deletions);
            }
            tx.syncState().setCursor(lastSeq, at);
            return null;
        });
        if (!latest.isEmpty()) {
            Map<EntityTable, Set<String>> ids = new EnumMap<>(EntityTable.class);
            latest.forEach((entity, changesById) -> ids.put(entity, changesById.keySet()));
            tell(new CacheChanges(ids, false));
        }
    }

    private static Map<EntityTable, Map<String, FeedChange>> latestPerEntity(List<FeedChange> changes) {
        Map<EntityTable, Map<String, FeedChange>> latest = new EnumMap<>(EntityTable.class);
        for (FeedChange change : changes) {
            Map<String, FeedChange> ofEntity = latest.computeIfAbsent(EntityTable.of(change.entity()),
                    entity -> new LinkedHashMap<>());
            ofEntity.merge(change.id(), change, H2LocalStore::later);
        }
        return latest;
    }

    private static FeedChange later(FeedChange a, FeedChange b) {
        if (a.version() != b.version()) {
            return a.version() > b.version() ? a : b;
        }
        return a.seq() >= b.seq() ? a : b;
    }

    @Override
    public OutboxCommand enqueue(NewCommand command, Instant now) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(now, "now");
        EntityTable target = EntityTable.of(command.targetEntity());
        String key = UUID.randomUUID().toString();
        return changeOutbox(tx -> {
            long id = tx.outbox().insert(command, key, now);
            tx.entities().addPending(target, command.target(), 1);
            return tx.outbox().find(id).orElseThrow();
        });
    }

    /**
     * Queues several commands in one transaction, in list order, each with its pending mark: a decision that takes
     * more than one command (reroute some lines, backorder another) is queued whole or not at all.
     */
    public List<OutboxCommand> enqueueAll(List<NewCommand> commands, Instant now) {
        Objects.requireNonNull(now, "now");
        List<NewCommand> all = List.copyOf(commands);
        Map<EntityTable, Set<String>> targets = new EnumMap<>(EntityTable.class);
        for (NewCommand command : all) {
            targets.computeIfAbsent(EntityTable.of(command.targetEntity()), entity -> new HashSet<>())
                    .add(command.target());
        }
        List<OutboxCommand> queued = database.inTransaction(tx -> {
            List<OutboxCommand> inserted = new ArrayList<>(all.size());
            for (NewCommand command : all) {
                long id = tx.outbox().insert(command, UUID.randomUUID().toString(), now);
                tx.entities().addPending(EntityTable.of(command.targetEntity()), command.target(), 1);
                inserted.add(tx.outbox().find(id).orElseThrow());
            }
            return inserted;
        });
        if (!queued.isEmpty()) {
            tell(new CacheChanges(targets, true));
        }
        return queued;
    }

    @Override
    public Optional<OutboxCommand> nextToSend(Instant now) {
        Objects.requireNonNull(now, "now");
        return database.read(tx -> tx.outbox().oldestPending())
                .filter(command -> command.nextAttemptAt().map(due -> !due.isAfter(now)).orElse(true));
    }

    @Override
    public void markApplied(long id, long newVersion, Instant now) {
        Objects.requireNonNull(now, "now");
        changeOutbox(tx -> {
            OutboxCommand command = require(tx, id, OutboxState.PENDING, "marked applied");
            tx.outbox().applied(id, newVersion, now);
            tx.outbox().rebaseAfter(id, command.target(), command.expectedVersion(), newVersion, now);
            releasePendingMark(tx, command);
            return command;
        });
    }

    @Override
    public void markRetry(long id, Instant nextAttemptAt, String error) {
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(error, "error");
        changeOutbox(tx -> {
            OutboxCommand command = require(tx, id, OutboxState.PENDING, "retried");
            tx.outbox().retry(id, nextAttemptAt, error);
            return command;
        });
    }

    @Override
    public void markConflict(long id, String serverView, Instant now) {
        Objects.requireNonNull(serverView, "serverView");
        Objects.requireNonNull(now, "now");
        changeOutbox(tx -> {
            OutboxCommand command = require(tx, id, OutboxState.PENDING, "marked a conflict");
            tx.outbox().answered(id, OutboxState.CONFLICT, Optional.empty(), Optional.of(serverView), now);
            return command;
        });
    }

    @Override
    public void markFailed(long id, String serverMessage, Instant now) {
        Objects.requireNonNull(serverMessage, "serverMessage");
        Objects.requireNonNull(now, "now");
        changeOutbox(tx -> {
            OutboxCommand command = require(tx, id, OutboxState.PENDING, "marked failed");
            tx.outbox().answered(id, OutboxState.FAILED, Optional.of(serverMessage), Optional.empty(), now);
            releasePendingMark(tx, command);
            return command;
        });
    }

    @Override
    public void discard(long id, Instant now) {
        Objects.requireNonNull(now, "now");
        changeOutbox(tx -> {
            OutboxCommand command = require(tx, id, OutboxState.CONFLICT, "discarded");
            tx.outbox().decided(id, OutboxState.DISCARDED, now);
            releasePendingMark(tx, command);
            return command;
        });
    }

    @Override
    public OutboxCommand reapply(long id, long newExpectedVersion, Instant now) {
        Objects.requireNonNull(now, "now");
        String key = UUID.randomUUID().toString();
        return changeOutbox(tx -> {
            require(tx, id, OutboxState.CONFLICT, "re-applied");
            tx.outbox().requeue(id, key, newExpectedVersion, now);
            return tx.outbox().find(id).orElseThrow();
        });
    }

    @Override
    public List<OutboxCommand> commands(List<OutboxState> states) {
        List<OutboxState> wanted = List.copyOf(states);
        return database.read(tx -> tx.outbox().inStates(wanted));
    }

    /** The entity's JSON as the server last sent it. */
    public Optional<String> entityJson(EntityTable entity, String id) {
        return database.read(tx -> tx.entities().json(entity, id));
    }

    /** How many queued commands (PENDING or CONFLICT) hold the entity; 0 when none does. */
    public int pendingMark(EntityTable entity, String id) {
        return database.read(tx -> tx.entities().pending(entity, id));
    }

    /** Commands per state. */
    public Map<OutboxState, Long> outboxCounts() {
        return database.read(tx -> tx.outbox().countsByState());
    }

    /**
     * The version the cache holds of a command's target: what a CONFLICT is re-applied on. Empty when the target is
     * not cached.
     */
    public OptionalLong targetVersion(long commandId) {
        return database.read(tx -> {
            Optional<String> entity = tx.outbox().targetEntity(commandId);
            Optional<OutboxCommand> command = tx.outbox().find(commandId);
            if (entity.isEmpty() || command.isEmpty()) {
                return OptionalLong.empty();
            }
            return tx.entities().version(EntityTable.of(entity.get()), command.get().target());
        });
    }

    /** Rows per entity, the sync state and commands per state, read in one transaction. */
    public CacheStats stats() {
        return database.read(tx -> {
            Map<EntityTable, Long> counts = new EnumMap<>(EntityTable.class);
            for (EntityTable entity : EntityTable.values()) {
                counts.put(entity, tx.entities().count(entity));
            }
            return new CacheStats(counts, tx.syncState().get(), tx.outbox().countsByState());
        });
    }

    /** Runs an outbox transaction that returns the command it changed, then tells the listeners. */
    private OutboxCommand changeOutbox(CacheWork<OutboxCommand> work) {
        record Changed(OutboxCommand command, EntityTable target) {
        }
        Changed changed = database.inTransaction(tx -> {
            OutboxCommand command = work.run(tx);
            return new Changed(command, EntityTable.of(tx.outbox().targetEntity(command.id()).orElseThrow()));
        });
        tell(CacheChanges.ofOutbox(changed.target(), changed.command().target()));
        return changed.command();
    }

    private static OutboxCommand require(CacheTx tx, long id, OutboxState expected, String action)
            throws SQLException {
        OutboxCommand command = tx.outbox().find(id).orElseThrow(() -> new IllegalArgumentException(
                "there is no outbox command " + id + " in the cache"));
        if (command.state() != expected) {
            throw new IllegalStateException("outbox command " + id + " (" + command.type() + " on "
                    + command.target() + ") is " + command.state() + ": only a " + expected + " command can be "
                    + action);
        }
        return command;
    }

    /** The command no longer holds its target: a final state the user will not act on again. */
    private static void releasePendingMark(CacheTx tx, OutboxCommand command) throws SQLException {
        String targetEntity = tx.outbox().targetEntity(command.id()).orElseThrow();
        tx.entities().addPending(EntityTable.of(targetEntity), command.target(), -1);
    }
}
