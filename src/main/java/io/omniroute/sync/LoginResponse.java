package io.omniroute.sync;

import java.time.Instant;

/** The answer to a login: the bearer token and who the server takes us for. */
record LoginResponse(String token, String role, String nodeId, Instant expiresAt) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "LoginResponse[token=***, role=" + role + ", nodeId=" + nodeId + ", expiresAt=" + expiresAt + "]";
    }
}
