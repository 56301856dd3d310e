package io.omniroute.cache;

import static io.omniroute.cache.TestFeed.order;
import static io.omniroute.cache.TestFeed.pickup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox: strict order, the state machine, and the pending marks it holds on its targets. */
class CacheOutboxIT {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dataDir;

    private CacheDatabase database;
    private H2LocalStore store;

    @BeforeEach
    void open() {
        database = CacheDatabase.open(dataDir);
        store = H2LocalStore.on(database, Clock.systemUTC());
        store.applyPage(List.of(order(1, "O-1", 3, "SOURCED"), order(2, "O-2", 1, "SOURCED"),
                pickup(3, "O-2", 2, "ST-7", "NEW")), 3);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void enqueueReturnsAPendingCommandUnderAFreshUuidKey() {
        OutboxCommand command = store.enqueue(reroute("O-1", 3), NOW);

        assertThat(command.state()).isEqualTo(OutboxState.PENDING);
        assertThat(UUID.fromString(command.idempotencyKey()).version()).isEqualTo(4);
        assertThat(command).extracting(OutboxCommand::type, OutboxCommand::target, OutboxCommand::expectedVersion,
                OutboxCommand::attempts, OutboxCommand::createdAt).containsExactly("REROUTE", "O-1", 3L, 0, NOW);
        assertThat(store.enqueue(reroute("O-1", 3), NOW).idempotencyKey()).isNotEqualTo(command.idempotencyKey());
    }

    @Test
    void enqueueMarksTheTargetPendingPerCommand() {
        store.enqueue(reroute("O-1", 3), NOW);
        store.enqueue(reroute("O-1", 3), NOW);
        store.enqueue(new NewCommand("PICKUP_ACCEPT", "pickup", "O-2", 2, "{}", "", "store"), NOW);

        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(2);
        assertThat(store.pendingMark(EntityTable.PICKUP, "O-2")).isEqualTo(1);
        assertThat(store.pendingMark(EntityTable.ORDER, "O-2")).isZero();
    }

    @Test
    void severalCommandsQueueTogetherInTheirOrderWithTheirMarks() {
        List<OutboxCommand> queued = store.enqueueAll(List.of(reroute("O-1", 3),
                new NewCommand("BACKORDER", "order", "O-1", 3, "{\"lines\":[{\"line_no\":2,\"qty\":1}]}", "", "ana"),
                new NewCommand("PICKUP_ACCEPT", "pickup", "O-2", 2, "{}", "", "store")), NOW);

        assertThat(queued).extracting(OutboxCommand::type).containsExactly("REROUTE", "BACKORDER", "PICKUP_ACCEPT");
        assertThat(queued.get(0).id()).isLessThan(queued.get(1).id());
        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(2);
        assertThat(store.pendingMark(EntityTable.PICKUP, "O-2")).isEqualTo(1);
        assertThat(store.nextToSend(NOW).map(OutboxCommand::id)).contains(queued.get(0).id());
    }

    @Test
    void commandsGoOutStrictlyInTheOrderTheyWereTaken() {
        OutboxCommand first = store.enqueue(reroute("O-1", 3), NOW);
        OutboxCommand second = store.enqueue(reroute("O-2", 1), NOW);

        assertThat(store.nextToSend(NOW)).contains(first);
        store.markApplied(first.id(), 4, NOW);
        assertThat(store.nextToSend(NOW).map(OutboxCommand::id)).contains(second.id());
    }

    @Test
    void laterUnsentCommandsOnTheSameTargetBuildOnTheAppliedOne() {
        OutboxCommand accept = store.enqueue(new NewCommand("PICKUP_ACCEPT", "pickup", "O-2", 2, "{}", "", "s"), NOW);
        OutboxCommand ready = store.enqueue(new NewCommand("PICKUP_READY", "pickup", "O-2", 2, "{}", "", "s"), NOW);
        OutboxCommand orderTwo = store.enqueue(reroute("O-2", 2), NOW);

        store.markApplied(accept.id(), 3, NOW);

        assertThat(store.nextToSend(NOW).orElseThrow()).satisfies(next -> {
            assertThat(next.id()).isEqualTo(ready.id());
            assertThat(next.expectedVersion()).isEqualTo(3);
            assertThat(next.idempotencyKey()).isEqualTo(ready.idempotencyKey());
        });
        assertThat(store.commands(List.of(OutboxState.PENDING))).filteredOn(c -> c.id() == orderTwo.id())
                .singleElement().extracting(OutboxCommand::expectedVersion).isEqualTo(2L);
    }

    @Test
    void aCommandAlreadySentOrDecidedOnAnotherVersionKeepsItsVersion() {
        OutboxCommand first = store.enqueue(reroute("O-1", 3), NOW);
        OutboxCommand tried = store.enqueue(reroute("O-1", 3), NOW);
        OutboxCommand later = store.enqueue(reroute("O-1", 5), NOW);
        store.markRetry(tried.id(), NOW, "not sent, will retry");

        store.markApplied(first.id(), 4, NOW);

        assertThat(store.commands(List.of(OutboxState.PENDING))).extracting(OutboxCommand::id,
                OutboxCommand::expectedVersion).containsExactly(tuple(tried.id(), 3L),
                tuple(later.id(), 5L));
    }

    @Test
    void nothingIsSentWhileTheOldestPendingCommandWaitsForItsRetry() {
        OutboxCommand first = store.enqueue(reroute("O-1", 3), NOW);
        store.enqueue(reroute("O-2", 1), NOW);
        Instant due = NOW.plus(Duration.ofSeconds(30));

        store.markRetry(first.id(), due, "connection reset");

        assertThat(store.nextToSend(NOW.plusSeconds(29))).isEmpty();
        OutboxCommand retried = store.nextToSend(due).orElseThrow();
        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(retried.idempotencyKey()).isEqualTo(first.idempotencyKey());
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastError()).contains("connection reset");
        assertThat(retried.nextAttemptAt()).contains(due);
    }

    @Test
    void anAppliedCommandIsFinalAndClearsItsMarkOnceNoOtherCommandHoldsIt() {
        OutboxCommand first = store.enqueue(reroute("O-1", 3), NOW);
        OutboxCommand second = store.enqueue(reroute("O-1", 3), NOW);

        store.markApplied(first.id(), 4, NOW);
        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(1);
        store.markApplied(second.id(), 5, NOW);

        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isZero();
        assertThat(store.commands(List.of(OutboxState.APPLIED))).extracting(OutboxCommand::id)
                .containsExactly(first.id(), second.id());
        assertThat(store.nextToSend(NOW)).isEmpty();
    }

    @Test
    void aConflictKeepsTheServersViewAndTheMarkAndIsNotSent() {
        OutboxCommand command = store.enqueue(reroute("O-1", 3), NOW);

        store.markConflict(command.id(), "{\"order_id\":\"O-1\",\"version\":5}", NOW);

        OutboxCommand conflict = store.commands(List.of(OutboxState.CONFLICT)).get(0);
        assertThat(conflict.serverView()).contains("{\"order_id\":\"O-1\",\"version\":5}");
        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(1);
        assertThat(store.nextToSend(NOW)).isEmpty();
    }

    @Test
    void aFailedCommandRollsBackItsPendingMarkAndKeepsTheServersMessage() {
        OutboxCommand command = store.enqueue(reroute("O-1", 3), NOW);
        String cached = store.entityJson(EntityTable.ORDER, "O-1").orElseThrow();

        store.markFailed(command.id(), "DC-001 has ATP 0 for SKU-1", NOW);

        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isZero();
        assertThat(store.entityJson(EntityTable.ORDER, "O-1")).contains(cached);
        assertThat(store.commands(List.of(OutboxState.FAILED)).get(0).lastError())
                .contains("DC-001 has ATP 0 for SKU-1");
    }

    @Test
    void discardingAConflictRollsBackItsPendingMark() {
        OutboxCommand command = store.enqueue(reroute("O-1", 3), NOW);
        store.markConflict(command.id(), "{}", NOW);

        store.discard(command.id(), NOW);

        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isZero();
        assertThat(store.commands(List.of(OutboxState.DISCARDED))).extracting(OutboxCommand::id)
                .containsExactly(command.id());
    }

    @Test
    void reapplyingAConflictQueuesItAgainUnderANewKeyAndTheServersVersion() {
        OutboxCommand command = store.enqueue(reroute("O-1", 3), NOW);
        store.markConflict(command.id(), "{}", NOW);

        OutboxCommand again = store.reapply(command.id(), 5, NOW);

        assertThat(again.state()).isEqualTo(OutboxState.PENDING);
        assertThat(again.idempotencyKey()).isNotEqualTo(command.idempotencyKey());
        assertThat(again.expectedVersion()).isEqualTo(5);
        assertThat(again.attempts()).isZero();
        assertThat(again.serverView()).isEmpty();
        assertThat(store.nextToSend(NOW)).contains(again);
        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(1);
    }

    @Test
    void onlyAPendingCommandCanBeAnswered() {
        OutboxCommand command = store.enqueue(reroute("O-1", 3), NOW);
        store.markApplied(command.id(), 4, NOW);

        assertThatThrownBy(() -> store.markFailed(command.id(), "late", NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outbox command " + command.id()).hasMessageContaining("is APPLIED");
        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isZero();
    }

    @Test
    void onlyAConflictCanBeDiscardedOrReapplied() {
        OutboxCommand command = store.enqueue(reroute("O-1", 3), NOW);

        assertThatThrownBy(() -> store.discard(command.id(), NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is PENDING: only a CONFLICT command can be discarded");
        assertThatThrownBy(() -> store.reapply(command.id(), 4, NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(1);
    }

    @Test
    void anUnknownCommandIdIsNamedInTheError() {
        assertThatThrownBy(() -> store.markApplied(999, 1, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no outbox command 999");
    }

    @Test
    void commandsAreListedByStateOldestFirst() {
        OutboxCommand a = store.enqueue(reroute("O-1", 3), NOW);
        OutboxCommand b = store.enqueue(reroute("O-2", 1), NOW);
        OutboxCommand c = store.enqueue(reroute("O-1", 3), NOW);
        store.markConflict(a.id(), "{}", NOW);

        assertThat(store.commands(List.of(OutboxState.PENDING, OutboxState.CONFLICT))).extracting(OutboxCommand::id)
                .containsExactly(a.id(), b.id(), c.id());
        assertThat(store.commands(List.of(OutboxState.PENDING))).extracting(OutboxCommand::id)
                .containsExactly(b.id(), c.id());
        assertThat(store.stats().outbox()).containsEntry(OutboxState.PENDING, 2L)
                .containsEntry(OutboxState.CONFLICT, 1L).containsEntry(OutboxState.APPLIED, 0L);
    }

    @Test
    void anEnqueuedCommandSurvivesReopening() {
        OutboxCommand command = store.enqueue(reroute("O-1", 3), NOW);
        database.close();

        database = CacheDatabase.open(dataDir);
        store = H2LocalStore.on(database, Clock.systemUTC());

        assertThat(store.nextToSend(NOW)).contains(command);
        assertThat(store.pendingMark(EntityTable.ORDER, "O-1")).isEqualTo(1);
    }

    private static NewCommand reroute(String orderId, long expectedVersion) {
        return new NewCommand("REROUTE", "order", orderId, expectedVersion,
                "{\"lines\":[{\"line_no\":1,\"qty\":2,\"node_id\":\"DC-002\"}]}", "customer asked", "ana");
    }
}
