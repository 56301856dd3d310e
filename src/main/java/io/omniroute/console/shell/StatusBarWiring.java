package io.omniroute.console.shell;

import io.omniroute.cache.CacheChanges;
import io.omniroute.console.model.DataListener;
import io.omniroute.sync.ConnectionStatus;
import io.omniroute.sync.SessionInfo;
import io.omniroute.sync.SyncListener;
import io.omniroute.sync.SyncProgress;

/** Feeds the status bar from the session: the sync client's notices and the data's change notices. */
final class StatusBarWiring {

    private StatusBarWiring() {
    }

    static void connect(ConsoleSession session, StatusBarViewModel status) {
        session.backend().sync().addListener(new SyncListener() {
            @Override
            public void statusChanged(ConnectionStatus current) {
                status.statusChanged(current);
            }

            @Override
            public void progress(SyncProgress progress) {
                status.progress(progress);
            }

            @Override
            public void loggedIn(SessionInfo info) {
                status.loggedIn(info);
            }
        });
        session.data().addListener(new DataListener() {
            @Override
            public void cacheChanged(CacheChanges changes) {
                status.cacheChanged(changes);
            }
        });
        status.statusChanged(session.backend().sync().status());
        session.backend().sync().session().ifPresent(status::loggedIn);
    }
}
