package io.omniroute.cache;

import java.util.Objects;

/**
 * A command the console is about to queue: the type, its target entity ({@code order} or {@code pickup} id), the
 * version the user saw, the payload JSON and the user's reason.
 */
public record NewCommand(String type, String targetEntity, String target, long expectedVersion, String payloadJson,
        String reason, String actor) {

    public NewCommand {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(targetEntity, "targetEntity");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
    }
}
