package io.omniroute.server.auth;

import java.util.Objects;

/**
 * A successful login: the bearer token, handed out this once and stored nowhere, and the session it opens.
 */
public record LoginResult(String token, Session session) {

    public LoginResult {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(session, "session");
    }

    /** Leaves the token out, so logging a result cannot leak it. */
    @Override
    public String toString() {
        return "LoginResult[token=<hidden>, session=" + session + "]";
    }
}
