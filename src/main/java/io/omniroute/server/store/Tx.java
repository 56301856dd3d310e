package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open transaction: the repositories it hands out all work on its connection, so what they write commits or
 * rolls back together. Valid only inside the {@link TxWork} it was given to.
 *
 * <p>A serial transaction runs while no other transaction writes (H2's single writer, see {@link GroupCommit}): its
 * repositories skip {@code SELECT ... FOR UPDATE}, which on H2 writes a lock mark into every row it reads.
 */
public final class Tx {

    private final NetworkRepository network;
    private final InventoryRepository inventory;
    private final CapacityRepository capacity;
    private final OrderRepository orders;
    private final ExceptionRepository exceptions;
    private final PickupRepository pickups;
    private final RulesRepository rules;
    private final ChangeFeedRepository feed;
    private final IdempotencyRepository idempotency;
    private final SessionRepository sessions;
    /** What the repositories use: with a {@link Preamble}, it runs what waits there before anything else. */
    private final Connection connection;
    private final Connection raw;
    /** Null but in a PostgreSQL batch of requests. */
    private final Preamble preamble;

    private final boolean postgres;
    private final GrowthEpoch growth;
    private final PendingWrites pending = new PendingWrites();

    /**
     * @param postgres whether the database is PostgreSQL, which takes a {@link RoundTrip} in one query
     * @param preamble where a batch of requests on PostgreSQL keeps each request's savepoint until the request's
     *     first statement ({@link RequestSavepoints}); null elsewhere
     */
    Tx(Connection raw, boolean serial, boolean postgres, Preamble preamble, GrowthEpoch growth) {
        this.raw = raw;
        this.postgres = postgres;
        this.growth = growth;
        this.preamble = preamble;
        this.connection = preamble != null ? preamble.guard() : raw;
        this.network = new NetworkRepository(connection);
        this.inventory = new InventoryRepository(connection, serial, growth);
        this.capacity = new CapacityRepository(connection, growth);
        this.orders = new OrderRepository(connection, serial, postgres, pending);
        this.exceptions = new ExceptionRepository(connection);
        this.pickups = new PickupRepository(connection);
        this.rules = new RulesRepository(connection, growth);
        this.feed = new ChangeFeedRepository(connection, serial, pending);
        this.idempotency = new IdempotencyRepository(connection, pending);
        this.sessions = new SessionRepository(connection);
    }

    /** Starts a round trip: statements added to it go to the database together when it is sent. */
    public RoundTrip roundTrip() {
        return new RoundTrip(raw, postgres, preamble);
    }

    public NetworkRepository network() {
        return network;
    }

    public InventoryRepository inventory() {
        return inventory;
    }

    public CapacityRepository capacity() {
        return capacity;
    }

    public OrderRepository orders() {
        return orders;
    }

    public ExceptionRepository exceptions() {
        return exceptions;
    }

    public PickupRepository pickups() {
        return pickups;
    }

    public RulesRepository rules() {
        return rules;
    }

    public ChangeFeedRepository feed() {
        return feed;
    }

    public IdempotencyRepository idempotency() {
        return idempotency;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    /**
     * Whether no stock, shipping capacity or rules were made available since {@link Database#growthEpoch()} returned
     * the epoch, counting what this transaction's batch did so far.
     */
    public boolean nothingGrewSince(long epoch) {
        return growth.unchangedSince(epoch);
    }

    /** Where a request's pending rows start; see {@link PendingWrites}. */
    PendingWrites.Mark markPending() {
        return pending.mark();
    }

    /** Forgets the pending rows of a request that was rolled back to its savepoint. */
    void rollbackPending(PendingWrites.Mark mark) {
        pending.rollbackTo(mark);
    }

    /** Writes the pending rows; call just before the commit. */
    void flushPending() throws SQLException {
        if (preamble != null) {
            preamble.discard(); // the last request sent nothing; the commit that follows ends every savepoint
        }
        pending.flush(roundTrip(), feed, idempotency, orders);
    }

    /** For the store's own bulk-load and schema work only. */
    Connection connection() {
        return connection;
    }
}
