package io.omniroute.console.shell;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.sync.ConnectionState;
import io.omniroute.sync.ConnectionStatus;
import io.omniroute.sync.SessionInfo;
import io.omniroute.sync.SyncProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status bar: where the console stands with its backend (ONLINE, OFFLINE, SYNCING with progress), when the
 * last change arrived, the outbox (pending, failed, conflicts) and who is logged in. Fed by the sync client's and the
 * data's notices, which arrive on background threads and are handed to the UI thread through the executor.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final Callable<Map<OutboxState, Long>> outboxCounts;
    private final AtomicBoolean countQueued = new AtomicBoolean();
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(ConnectionState.SYNCING);
    private final StringProperty stateText = new SimpleStringProperty("CONNECTING");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty lastChange = new SimpleStringProperty("no change received yet");
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final IntegerProperty failed = new SimpleIntegerProperty();
    private final IntegerProperty conflicts = new SimpleIntegerProperty();
    private final StringProperty user = new SimpleStringProperty("");
    private Instant lastChangeAt;

    /**
     * @param outboxCounts reads the outbox's commands per state from the cache (run in the background)
     */
    public StatusBarViewModel(TaskExecutor executor, Clock clock, ZoneId zone, String userName,
            Callable<Map<OutboxState, Long>> outboxCounts) {
        this.executor = executor;
        this.clock = clock;
        this.zone = zone;
        this.outboxCounts = outboxCounts;
        user.set(userName);
    }

    /** The sync client's state changed (any thread). */
    public void statusChanged(ConnectionStatus status) {
        executor.onUi(() -> {
            state.set(status.state());
            stateText.set(status.state().name());
            if (status.state() != ConnectionState.SYNCING) {
                progress.set(-1);
            }
            detail.set(status.lastError().orElse(""));
            pending.set(status.pendingCommands());
        });
        refreshOutbox();
    }

    /** A pull moved on (any thread): SYNCING shows how far it has come. */
    public void progress(SyncProgress pull) {
        executor.onUi(() -> {
            if (pull.serverLastSeq() > 0 && pull.lastSeq() < pull.serverLastSeq()) {
                double done = Math.min(1.0, pull.lastSeq() / (double) pull.serverLastSeq());
                progress.set(done);
                stateText.set(String.format(Locale.ROOT, "SYNCING %d%%", Math.round(done * 100)));
            }
        });
    }

    public void loggedIn(SessionInfo session) {
        executor.onUi(() -> user.set(session.user() + " · " + session.role()
                + session.nodeId().map(node -> " · " + node).orElse("")));
    }

    /** The cache changed (any thread): entity changes are news from the backend; outbox changes move the counts. */
    public void cacheChanged(CacheChanges changes) {
        if (changes.outbox()) {
            refreshOutbox();
        } else if (!changes.entities().isEmpty()) {
            Instant at = clock.instant();
            executor.onUi(() -> {
                lastChangeAt = at;
                tick();
            });
        }
    }

    /** Re-renders the relative time of the last change; the view calls it every second. */
    public void tick() {
        if (lastChangeAt == null) {
            return;
        }
        Duration ago = Duration.between(lastChangeAt, clock.instant());
        lastChange.set("last change " + TIME.format(LocalTime.ofInstant(lastChangeAt, zone)) + " (" + ago(ago)
                + ")");
    }

    /** Reads the outbox counts again, once at a time however many notices arrive meanwhile. */
    public void refreshOutbox() {
        if (!countQueued.compareAndSet(false, true)) {
            return;
        }
        executor.execute(BackgroundTask.of("counting the outbox", () -> {
            countQueued.set(false);
            return outboxCounts.call();
        }).onSuccess(counts -> {
            pending.set(count(counts, OutboxState.PENDING));
            failed.set(count(counts, OutboxState.FAILED));
            conflicts.set(count(counts, OutboxState.CONFLICT));
        }).onFailure(error -> detail.set("cannot read the outbox: " + error.getMessage())));
    }

    private static int count(Map<OutboxState, Long> counts, OutboxState state) {
        return Optional.ofNullable(counts.get(state)).map(Long::intValue).orElse(0);
    }

    static String ago(Duration ago) {
        long seconds = Math.max(0, ago.toSeconds());
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        return seconds / 3600 + " h ago";
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }

    /** 0..1 while a pull with a known end runs; -1 otherwise. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** The last error the sync client reported, for a tooltip; empty when there is none. */
    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    public ReadOnlyStringProperty lastChangeProperty() {
        return lastChange;
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyIntegerProperty failedProperty() {
        return failed;
    }

    public ReadOnlyIntegerProperty conflictsProperty() {
        return conflicts;
    }

    public ReadOnlyStringProperty userProperty() {
        return user;
    }
}
