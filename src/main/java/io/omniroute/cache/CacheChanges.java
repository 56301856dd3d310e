package io.omniroute.cache;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one committed cache transaction changed: the ids of the entities it wrote or deleted (a feed page), or the
 * outbox (a command queued or answered, which also moves its target's pending mark).
 */
public record CacheChanges(Map<EntityTable, Set<String>> entities, boolean outbox) {

    public CacheChanges {
        Map<EntityTable, Set<String>> copy = new EnumMap<>(EntityTable.class);
        Objects.requireNonNull(entities, "entities").forEach((entity, ids) -> copy.put(entity, Set.copyOf(ids)));
        entities = Map.copyOf(copy);
    }

    static CacheChanges ofOutbox(EntityTable target, String id) {
        return new CacheChanges(Map.of(target, Set.of(id)), true);
    }

    /** The ids of that entity the transaction changed; empty when none. */
    public Set<String> ids(EntityTable entity) {
        return entities.getOrDefault(entity, Set.of());
    }

    public boolean touches(EntityTable entity) {
        return entities.containsKey(entity);
    }
}
