package io.omniroute.sync;

import java.util.Objects;
import java.util.Optional;

/** What the console's status bar shows: the state, the commands still to send, and the last thing that went wrong. */
public record ConnectionStatus(ConnectionState state, int pendingCommands, Optional<String> lastError) {

    public ConnectionStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "lastError");
    }

    static ConnectionStatus initial() {
        return new ConnectionStatus(ConnectionState.OFFLINE, 0, Optional.empty());
    }
}
