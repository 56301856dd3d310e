package io.omniroute.cache;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the backend's change feed as the cache stores it: {@code data} is the entity's JSON as the feed sent it
 * (absent for a deletion). Entities: node, sku, inventory, order, exception, pickup, rules.
 */
public record FeedChange(long seq, String entity, String id, long version, boolean deleted, Optional<String> data) {

    public FeedChange {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
    }
}
