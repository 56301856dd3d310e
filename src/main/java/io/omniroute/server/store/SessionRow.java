package io.omniroute.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in user's session, found by the SHA-256 hash of its bearer token (the token itself is never stored).
 *
 * @param role PLANNER, STORE_MANAGER or ADMIN
 * @param nodeId the store a STORE_MANAGER is bound to, else empty
 */
public record SessionRow(String tokenHash, String userName, String role, Optional<String> nodeId, Instant expiresAt) {

    public SessionRow {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
