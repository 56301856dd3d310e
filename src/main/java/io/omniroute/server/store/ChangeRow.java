package io.omniroute.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One committed change-feed row; {@code data} is the entity's JSON, empty for a deletion. */
public record ChangeRow(
        long seq,
        String entity,
        String entityId,
        long version,
        boolean deleted,
        String scope,
        Optional<String> data,
        Instant committedAt) {

    public ChangeRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(committedAt, "committedAt");
    }
}
