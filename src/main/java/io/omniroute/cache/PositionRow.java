package io.omniroute.cache;

import java.time.Instant;
import java.util.Objects;

/**
 * One cached inventory position. {@code updatedAt} is when the backend last changed it; {@link Instant#EPOCH} when
 * the backend did not say, so an unknown age reads as stale.
 */
public record PositionRow(String nodeId, String sku, int onHand, int reserved, int safetyStock, int atp,
        Instant updatedAt) {

    public PositionRow {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The position's feed id, {@code node_id|sku}. */
    public String id() {
        return nodeId + "|" + sku;
    }
}
