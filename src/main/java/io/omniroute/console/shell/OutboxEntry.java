package io.omniroute.console.shell;

import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import java.time.Instant;
import java.util.Objects;

/** One row of the outbox list: a command the user gave, and where it stands. */
public record OutboxEntry(long id, String type, String target, OutboxState state, int attempts, String message,
        Instant createdAt, String reason) {

    public OutboxEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reason, "reason");
    }

    static OutboxEntry of(OutboxCommand command) {
        String message = switch (command.state()) {
            case CONFLICT -> "the backend's version changed: " + command.serverView().map(OutboxEntry::shorten)
                    .orElse("");
            default -> command.lastError().orElse("");
        };
        return new OutboxEntry(command.id(), command.type(), command.target(), command.state(), command.attempts(),
                message, command.createdAt(), command.reason());
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    /** Only a conflict waits for the user: discard it, or apply it again on the backend's version. */
    public boolean needsDecision() {
        return state == OutboxState.CONFLICT;
    }
}
