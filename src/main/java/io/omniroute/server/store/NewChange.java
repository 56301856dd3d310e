package io.omniroute.server.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A change-feed row to append: the entity's full current state as JSON, or {@code deleted} with no data.
 *
 * @param scope {@link Scope#ALL}, {@link Scope#PLANNERS} or a node id
 */
public record NewChange(
        String entity, String entityId, long version, boolean deleted, String scope, Optional<String> data) {

    public NewChange {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(data, "data");
    }

    /** A change that carries the entity's state. */
    public static NewChange of(String entity, String entityId, long version, String scope, String dataJson) {
        return new NewChange(entity, entityId, version, false, scope, Optional.of(dataJson));
    }
}
