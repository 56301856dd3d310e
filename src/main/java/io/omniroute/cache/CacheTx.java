package io.omniroute.cache;

import java.sql.Connection;

/**
 * One open cache transaction: its repositories share its connection, so what they write commits or rolls back
 * together. Valid only inside the {@link CacheWork} it was given to.
 */
public final class CacheTx {

    private final EntityRepository entities;
    private final OutboxRepository outbox;
    private final SyncStateRepository syncState;
    private final CatalogRepository catalog;
    private final PositionRepository positions;
    private final OrderLookupRepository orders;
    private final PickupRepository pickups;
    private final PlanningRepository planning;
    private final ExceptionQueueRepository exceptions;

    CacheTx(Connection connection) {
        this.entities = new EntityRepository(connection);
        this.outbox = new OutboxRepository(connection);
        this.syncState = new SyncStateRepository(connection);
        this.catalog = new CatalogRepository(connection);
        this.positions = new PositionRepository(connection);
        this.orders = new OrderLookupRepository(connection);
        this.pickups = new PickupRepository(connection);
        this.planning = new PlanningRepository(connection);
        this.exceptions = new ExceptionQueueRepository(connection);
    }

    public EntityRepository entities() {
        return entities;
    }

    public OutboxRepository outbox() {
        return outbox;
    }

    public SyncStateRepository syncState() {
        return syncState;
    }

    public CatalogRepository catalog() {
        return catalog;
    }

    public PositionRepository positions() {
        return positions;
    }

    public OrderLookupRepository orders() {
        return orders;
    }

    public PickupRepository pickups() {
        return pickups;
    }

    public PlanningRepository planning() {
        return planning;
    }

    public ExceptionQueueRepository exceptions() {
        return exceptions;
    }
}
