package io.omniroute.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The current {@link ConnectionStatus}, and the listeners told when it changes or a pull moves on. */
final class StatusBoard {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private ConnectionStatus status = ConnectionStatus.initial();

    void add(SyncListener listener) {
        listeners.add(listener);
    }

    void remove(SyncListener listener) {
        listeners.remove(listener);
    }

    synchronized ConnectionStatus current() {
        return status;
    }

    void state(ConnectionState state) {
        update(current -> new ConnectionStatus(state, current.pendingCommands(), current.lastError()));
    }

    /** A failure: the state and the message a user can act on. */
    void failed(ConnectionState state, String error) {
        update(current -> new ConnectionStatus(state, current.pendingCommands(), Optional.of(error)));
    }

    /** A failure that does not change the state (one command's retry while the feed is fine). */
    void error(String error) {
        update(current -> new ConnectionStatus(current.state(), current.pendingCommands(), Optional.of(error)));
    }

    void pending(int count) {
        update(current -> new ConnectionStatus(current.state(), count, current.lastError()));
    }

    void loggedIn(SessionInfo session) {
        for (SyncListener listener : listeners) {
            listener.loggedIn(session);
        }
    }

    void progress(SyncProgress progress) {
        for (SyncListener listener : listeners) {
            listener.progress(progress);
        }
    }

    private void update(java.util.function.UnaryOperator<ConnectionStatus> change) {
        ConnectionStatus next;
        synchronized (this) {
            next = change.apply(status);
            if (next.equals(status)) {
                return;
            }
            if (next.state() != status.state()) {
                boolean failing = next.state() == ConnectionState.OFFLINE || next.state() == ConnectionState.PAUSED;
                LOG.info("backend connection {} -> {}{}", status.state(), next.state(),
                        failing ? next.lastError().map(error -> " (" + error + ")").orElse("") : "");
            }
            status = next;
        }
        for (SyncListener listener : listeners) {
            listener.statusChanged(next);
        }
    }
}
