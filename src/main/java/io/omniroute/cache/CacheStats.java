package io.omniroute.cache;

import java.util.Map;
import java.util.Objects;

/** What the cache holds: rows per entity, how far it has read the feed, and its commands per state. */
public record CacheStats(Map<EntityTable, Long> entities, SyncState sync, Map<OutboxState, Long> outbox) {

    public CacheStats {
        entities = Map.copyOf(Objects.requireNonNull(entities, "entities"));
        Objects.requireNonNull(sync, "sync");
        outbox = Map.copyOf(Objects.requireNonNull(outbox, "outbox"));
    }
}
