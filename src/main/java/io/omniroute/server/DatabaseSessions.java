package io.omniroute.server;

import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.Session;
import io.omniroute.server.auth.SessionStore;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.SessionRow;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions kept in the database, so they survive a restart and several server instances share them.
 *
 * <p>Sessions found are also kept in memory: every request looks its session up, and a session never changes once
 * saved (nothing edits or revokes one; the {@link io.omniroute.server.auth.Authenticator} judges expiry), so a copy
 * can never be stale. That spares each request a database round trip.
 */
final class DatabaseSessions implements SessionStore {

    /** Sessions kept in memory at most; past that the copies are dropped and read again as needed. */
    static final int REMEMBERED = 10_000;

    private final Database database;
    private final Map<String, Session> remembered = new ConcurrentHashMap<>();

    DatabaseSessions(Database database) {
        this.database = database;
    }

    @Override
    public void save(Session session) {
        database.inTransaction(tx -> {
            tx.sessions().save(new SessionRow(session.tokenHash(), session.userName(), session.role().name(),
                    session.nodeId(), session.expiresAt()));
            return null;
        });
        remembered.remove(session.tokenHash()); // a saved session replaces any with its token hash
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        Session known = remembered.get(tokenHash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Session> found = database.readStatement(tx -> tx.sessions().find(tokenHash)).map(row -> new Session(
                row.tokenHash(), row.userName(), Role.valueOf(row.role()), row.nodeId(), row.expiresAt()));
        found.ifPresent(this::remember);
        return found;
    }

    private void remember(Session session) {
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(session.tokenHash(), session);
    }
}
