package io.omniroute.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.task.TaskExecutor;
import io.omniroute.server.auth.MutableClock;
import io.omniroute.sync.ConnectionState;
import io.omniroute.sync.ConnectionStatus;
import io.omniroute.sync.SessionInfo;
import io.omniroute.sync.SyncProgress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOON);
    private final Map<OutboxState, Long> outbox = new EnumMap<>(OutboxState.class);
    private final AtomicInteger outboxReads = new AtomicInteger();
    private final StatusBarViewModel model = new StatusBarViewModel(TaskExecutor.currentThread(), clock,
            ZoneOffset.UTC, "local", () -> {
                outboxReads.incrementAndGet();
                return Map.copyOf(outbox);
            });

    @Test
    void offlineShowsTheStateAndTheReasonForATooltip() {
        model.statusChanged(new ConnectionStatus(ConnectionState.OFFLINE, 2, Optional.of("connection refused")));

        assertThat(model.stateProperty().get()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(model.stateTextProperty().get()).isEqualTo("OFFLINE");
        assertThat(model.detailProperty().get()).isEqualTo("connection refused");
    }

    @Test
    void aPullWithAKnownEndShowsItsPercentage() {
        model.statusChanged(new ConnectionStatus(ConnectionState.SYNCING, 0, Optional.empty()));

        model.progress(new SyncProgress(5_000, 250, 1_000, 1));

        assertThat(model.stateTextProperty().get()).isEqualTo("SYNCING 25%");
        assertThat(model.progressProperty().get()).isEqualTo(0.25);
    }

    @Test
    void goingOnlineClearsTheProgress() {
        model.progress(new SyncProgress(5_000, 250, 1_000, 1));

        model.statusChanged(new ConnectionStatus(ConnectionState.ONLINE, 0, Optional.empty()));

        assertThat(model.progressProperty().get()).isEqualTo(-1);
        assertThat(model.stateTextProperty().get()).isEqualTo("ONLINE");
    }

    @Test
    void theLastChangeIsShownWithItsAgeWhichTicksOn() {
        model.cacheChanged(new CacheChanges(Map.of(EntityTable.ORDER, Set.of("O-1")), false));
        assertThat(model.lastChangeProperty().get()).isEqualTo("last change 12:00:00 (0 s ago)");

        clock.advance(Duration.ofMinutes(3));
        model.tick();

        assertThat(model.lastChangeProperty().get()).isEqualTo("last change 12:00:00 (3 min ago)");
    }

    @Test
    void anOutboxChangeRecountsPendingFailedAndConflicts() {
        outbox.put(OutboxState.PENDING, 3L);
        outbox.put(OutboxState.FAILED, 1L);
        outbox.put(OutboxState.CONFLICT, 2L);

        model.cacheChanged(new CacheChanges(Map.of(EntityTable.ORDER, Set.of("O-1")), true));

        assertThat(model.pendingProperty().get()).isEqualTo(3);
        assertThat(model.failedProperty().get()).isEqualTo(1);
        assertThat(model.conflictsProperty().get()).isEqualTo(2);
        assertThat(model.lastChangeProperty().get()).as("a local command is not news from the backend")
                .isEqualTo("no change received yet");
    }

    @Test
    void theLoginNamesTheRoleAndAStoreManagersStore() {
        model.loggedIn(new SessionInfo("sam", "STORE_MANAGER", Optional.of("ST-0042")));

        assertThat(model.userProperty().get()).isEqualTo("sam · STORE_MANAGER · ST-0042");
    }

    @Test
    void agesReadInSecondsMinutesThenHours() {
        assertThat(StatusBarViewModel.ago(Duration.ofSeconds(59))).isEqualTo("59 s ago");
        assertThat(StatusBarViewModel.ago(Duration.ofSeconds(60))).isEqualTo("1 min ago");
        assertThat(StatusBarViewModel.ago(Duration.ofHours(5))).isEqualTo("5 h ago");
    }
}
