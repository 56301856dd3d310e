package io.omniroute.server.auth;

import java.util.Optional;

/** Where sessions live between requests, keyed by the SHA-256 of their token, never by the token. */
public interface SessionStore {

    /** Keeps the session, replacing any with the same token hash. */
    void save(Session session);

    /** The session with this token hash, expired or not: the {@link Authenticator} judges expiry. */
    Optional<Session> find(String tokenHash);
}
