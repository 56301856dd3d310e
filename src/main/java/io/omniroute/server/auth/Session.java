package io.omniroute.server.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A logged-in user until {@code expiresAt}: who is calling, and what they may act on.
 *
 * @param tokenHash lowercase hex SHA-256 of the bearer token; the token itself is never stored
 * @param nodeId the store a {@link Role#STORE_MANAGER} is bound to; empty for every other role
 */
public record Session(String tokenHash, String userName, Role role, Optional<String> nodeId, Instant expiresAt) {

    public Session {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Planners and admins see all data. */
    public boolean isPlanner() {
        return role == Role.PLANNER || role == Role.ADMIN;
    }

    /** Only admins publish rules. */
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Planners and admins act on every node; a store manager only on their own. */
    public boolean mayActOnNode(String nodeId) {
        return isPlanner() || this.nodeId.filter(own -> own.equals(nodeId)).isPresent();
    }

    /** Whether the session is over at {@code now}; it ends at {@code expiresAt} exactly. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
