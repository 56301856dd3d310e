package io.omniroute.server.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions in a map, for tests and a single server whose sessions may end with a restart. Thread-safe. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(Session session) {
        sessions.put(session.tokenHash(), session);
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        return Optional.ofNullable(sessions.get(tokenHash));
    }

    /** Every session kept, expired or not. */
    public List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    /** Forgets the sessions over at {@code now}, so a long-running server does not keep them all. */
    public void removeExpired(Instant now) {
        sessions.values().removeIf(session -> session.isExpiredAt(now));
    }
}
