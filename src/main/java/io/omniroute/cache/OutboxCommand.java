package io.omniroute.cache;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A command the user took, queued for the backend: the body of {@code POST /api/v1/commands} with the key it is sent
 * under every time. {@code serverView} holds the server's current entity JSON after a 409, {@code lastError} the
 * server's message after a 422/403 or the last transport error.
 */
public record OutboxCommand(
        long id,
        String idempotencyKey,
        String type,
        String target,
        long expectedVersion,
        String payloadJson,
        String reason,
        String actor,
        OutboxState state,
        int attempts,
        Optional<Instant> nextAttemptAt,
        Optional<String> lastError,
        Optional<String> serverView,
        Instant createdAt) {

    public OutboxCommand {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(serverView, "serverView");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
