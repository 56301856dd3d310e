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
    private final Connection connection;

    private final GrowthEpoch growth;
    private final PendingWrites pending = new PendingWrites();

    Tx(Connection connection, boolean serial, GrowthEpoch growth) {
        this.connection = connection;
        this.growth = growth;
        this.network = new NetworkRepository(connection);
        this.inventory = new InventoryRepository(connection, serial, growth);
        this.capacity = new CapacityRepository(connection, growth);
        this.orders = new OrderRepository(connection, serial, pending);
        this.exceptions = new ExceptionRepository(connection);
        this.pickups = new PickupRepository(connection);
        this.rules = new RulesRepository(connection, growth);
        this.feed = new ChangeFeedRepository(connection, serial, pending);
        this.idempotency = new IdempotencyRepository(connection, pending);
        this.sessions = new SessionRepository(connection);
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
        pending.flush(feed, idempotency, orders);
    }

    /** For the store's own bulk-load and schema work only. */
    Connection connection() {
        return connection;
    }
}
