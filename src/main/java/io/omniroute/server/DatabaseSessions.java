package io.omniroute.server;

import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.Session;
import io.omniroute.server.auth.SessionStore;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.SessionRow;
import java.util.Optional;

/** Sessions kept in the database, so they survive a restart and several server instances share them. */
final class DatabaseSessions implements SessionStore {

    private final Database database;

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
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        return database.read(tx -> tx.sessions().find(tokenHash)).map(row -> new Session(row.tokenHash(),
                row.userName(), Role.valueOf(row.role()), row.nodeId(), row.expiresAt()));
    }
}
