package io.omniroute.sync;

import java.util.Objects;
import java.util.Optional;

/** Who the backend says this client is after logging in: the user, the role, and a store manager's node. */
public record SessionInfo(String user, String role, Optional<String> nodeId) {

    public SessionInfo {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nodeId, "nodeId");
    }
}
