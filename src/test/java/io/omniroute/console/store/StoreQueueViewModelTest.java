package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.ConsoleUser;
import io.omniroute.console.task.DeferredTaskExecutor;
import io.omniroute.console.task.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The store queue's ViewModel on a fake source, without the FX toolkit; every task runs inline. */
class StoreQueueViewModelTest {

    private static final ConsoleUser MANAGER = new ConsoleUser("mgr", ConsoleUser.STORE_MANAGER, Optional.of("ST-1"));
    private static final ConsoleUser PLANNER = new ConsoleUser("ana", ConsoleUser.PLANNER, Optional.empty());

    private final FakePickupSource source = new FakePickupSource();
    private final ConsolePreferences preferences = ConsolePreferences.inMemory();

    @Test
    void aStoreManagerSeesOnlyTheirStoreAndIsOfferedNoPicker() {
        source.put(Pickups.pickup("O-1").build());
        source.put(Pickups.pickup("O-9").at("ST-2").build());

        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());

        assertThat(model.storePickerShown()).isFalse();
        assertThat(model.storeProperty().get().nodeId()).isEqualTo("ST-1");
        assertThat(ids(model)).containsExactly("O-1");
        assertThat(model.tabTitleProperty(QueueTab.NEW).get()).isEqualTo("New (1)");
    }

    @Test
    void aStoreManagersStoreCannotBeSwitched() {
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());

        model.storeProperty().set(new StoreChoice("ST-2", "Chicago Store"));

        assertThat(model.storeProperty().get().nodeId()).isEqualTo("ST-1");
    }

    @Test
    void acceptQueuesPickupAcceptOnThePickupsVersionAndShowsPendingAtOnce() {
        source.put(Pickups.pickup("O-1").version(3).build());
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        StoreQueueViewModel model = started(MANAGER, executor);
        executor.runAll();
        model.select(List.copyOf(model.rows()));

        model.accept();

        assertThat(model.rows().get(0).pending()).isTrue();
        assertThat(model.selection().canAcceptProperty().get()).isFalse();
        assertThat(source.outbox).isEmpty();
        executor.runAll();
        assertThat(source.outbox).singleElement().satisfies(command -> {
            assertThat(command.type()).isEqualTo("PICKUP_ACCEPT");
            assertThat(command.target()).isEqualTo("O-1");
            assertThat(command.expectedVersion()).isEqualTo(3);
            assertThat(command.payloadJson()).isEqualTo("{}");
            assertThat(command.actor()).isEqualTo("mgr");
        });
        assertThat(model.rows().get(0).pending()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("PICKUP_ACCEPT queued for O-1");
    }

    @Test
    void aStepIsEnabledOnlyWhenEverySelectedOrderAllowsIt() {
        source.put(Pickups.pickup("O-1").status("ACCEPTED").build());
        source.put(Pickups.pickup("O-2").status("PICKING").build());
        source.put(Pickups.pickup("O-3").status("PICKING").pending(1).build());
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());
        model.selectedTabProperty().set(QueueTab.PICKING);

        model.select(rows(model, "O-1", "O-2"));
        assertThat(model.selection().canMarkReadyProperty().get()).isTrue();
        assertThat(model.selection().canPickListProperty().get()).isTrue();
        assertThat(model.selection().canAcceptProperty().get()).isFalse();
        assertThat(model.selection().canCollectProperty().get()).isFalse();

        model.select(rows(model, "O-2", "O-3"));
        assertThat(model.selection().canMarkReadyProperty().get()).isFalse();
        assertThat(model.selection().hintProperty().get()).contains("waiting for the backend");
    }

    @Test
    void aLiveUpdateMovesTheOrderToItsTabAndKeepsTheOtherSelected() {
        source.put(Pickups.pickup("O-1").build());
        source.put(Pickups.pickup("O-2").build());
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());
        model.select(rows(model, "O-2"));

        source.put(Pickups.pickup("O-1").status("ACCEPTED").version(2).build());
        model.cacheChanged(new CacheChanges(Map.of(EntityTable.PICKUP, Set.of("O-1")), false));

        assertThat(ids(model)).containsExactly("O-2");
        assertThat(model.isSelected(model.rows().get(0))).isTrue();
        assertThat(model.selection().canAcceptProperty().get()).isTrue();
        assertThat(model.tabTitleProperty(QueueTab.PICKING).get()).isEqualTo("Picking (1)");
    }

    @Test
    void aChangeToAnotherStoresPickupNeverReachesTheQueue() {
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());

        source.put(Pickups.pickup("O-9").at("ST-2").build());
        model.cacheChanged(new CacheChanges(Map.of(EntityTable.PICKUP, Set.of("O-9")), false));

        for (QueueTab tab : QueueTab.values()) {
            assertThat(model.tabTitleProperty(tab).get()).isEqualTo(tab.title(0));
        }
    }

    @Test
    void markingEveryLineReadySendsAnEmptyPayloadAndFewerUnitsNameTheLines() {
        source.put(Pickups.pickup("O-1").status("ACCEPTED").version(4).line(1, "SKU-1", 2).line(2, "SKU-2", 1)
                .build());
        source.put(Pickups.pickup("O-2").status("ACCEPTED").version(7).line(1, "SKU-3", 3).build());
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());
        model.selectedTabProperty().set(QueueTab.PICKING);
        model.select(List.copyOf(model.rows()));

        ReadyDialogViewModel dialog = model.readyDialog();
        dialog.lines().stream().filter(line -> line.orderId().equals("O-2")).findFirst().orElseThrow()
                .qtyProperty().set(1);
        model.markReady(dialog);

        assertThat(source.outbox).extracting(OutboxCommand::target, OutboxCommand::expectedVersion,
                OutboxCommand::payloadJson).containsExactlyInAnyOrder(
                tuple("O-1", 4L, "{}"),
                tuple("O-2", 7L, "{\"lines\":[{\"line_no\":1,\"qty\":1}]}"));
    }

    @Test
    void aRejectionSendsTheChosenLinesTheReasonCodeAndTheNoteAsReason() {
        source.put(Pickups.pickup("O-1").status("PICKING").version(2).line(1, "SKU-1", 2).line(2, "SKU-2", 1)
                .build());
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());
        model.selectedTabProperty().set(QueueTab.PICKING);
        model.select(List.copyOf(model.rows()));

        RejectDialogViewModel dialog = model.rejectDialog();
        dialog.lines().get(0).qtyProperty().set(1);
        dialog.reasonProperty().set(RejectReason.DAMAGED);
        dialog.noteProperty().set("  box crushed ");
        model.reject(dialog);

        assertThat(source.outbox).singleElement().satisfies(command -> {
            assertThat(command.type()).isEqualTo("PICKUP_REJECT");
            assertThat(command.expectedVersion()).isEqualTo(2);
            assertThat(command.payloadJson())
                    .isEqualTo("{\"lines\":[{\"line_no\":1,\"qty\":1}],\"reason_code\":\"DAMAGED\"}");
            assertThat(command.reason()).isEqualTo("box crushed");
        });
    }

    @Test
    void aNoShowWaitsForTheHoldAndTheHintSaysWhenItEnds() {
        source.put(Pickups.pickup("O-1").status("READY").readyAt(Pickups.NOW.minus(Duration.ofHours(71))).build());
        source.put(Pickups.pickup("O-2").status("READY").readyAt(Pickups.NOW.minus(Duration.ofHours(73))).build());
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());
        model.selectedTabProperty().set(QueueTab.READY);

        model.select(rows(model, "O-1"));
        assertThat(model.selection().canNoShowProperty().get()).isFalse();
        assertThat(model.selection().canCollectProperty().get()).isTrue();
        assertThat(model.selection().hintProperty().get())
                .isEqualTo("O-1 \u00b7 held until Mon Mar 2 13:00: a no-show can be called from then");

        assertThat(model.countdown(rows(model, "O-1").get(0)).text()).isEqualTo("held until Mon Mar 2 13:00");
        assertThat(model.countdown(rows(model, "O-2").get(0)).text()).isEqualTo("hold over: no-show allowed");

        model.select(rows(model, "O-2"));
        assertThat(model.selection().canNoShowProperty().get()).isTrue();
        model.noShow();
        assertThat(source.outbox).extracting(OutboxCommand::type).containsExactly("PICKUP_NO_SHOW");
    }

    @Test
    void aRefusedCommandOfTheStoreShowsInProblems() {
        source.put(Pickups.pickup("O-1").status("READY").pending(1).build());
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());

        source.outbox.add(FakePickupSource.command(1, new NewCommand("PICKUP_COLLECTED", "pickup", "O-1", 1, "{}",
                "", "mgr"), OutboxState.FAILED, Optional.of("the pickup of O-1 is NEW"), Pickups.NOW));
        model.cacheChanged(new CacheChanges(Map.of(EntityTable.PICKUP, Set.of("O-1")), true));

        model.selectedTabProperty().set(QueueTab.PROBLEMS);
        assertThat(model.rows()).extracting(QueueRow::problem)
                .containsExactly("PICKUP_COLLECTED failed: the pickup of O-1 is NEW");
    }

    @Test
    void aPlannerPicksAmongThePickupStoresAndTheLastChoiceIsRemembered() {
        source.put(Pickups.pickup("O-1").build());
        source.put(Pickups.pickup("O-9").at("ST-2").build());
        StoreQueueViewModel first = started(PLANNER, TaskExecutor.currentThread());

        assertThat(first.storePickerShown()).isTrue();
        assertThat(first.storeChoices()).extracting(StoreChoice::nodeId).containsExactly("ST-1", "ST-2");
        assertThat(first.rows()).isEmpty();
        first.storeProperty().set(first.storeChoices().get(1));
        assertThat(ids(first)).containsExactly("O-9");
        first.storeProperty().set(first.storeChoices().get(0));
        assertThat(ids(first)).containsExactly("O-1");

        StoreQueueViewModel later = started(PLANNER, TaskExecutor.currentThread());
        assertThat(preferences.get(StoreChoices.LAST_STORE_KEY, "")).isEqualTo("ST-1");
        assertThat(ids(later)).containsExactly("O-1");
    }

    @Test
    void theCapacityIsKeptInThePreferencesAndDrivesTheWorkload() {
        for (int i = 0; i < 3; i++) {
            source.put(Pickups.pickup("O-" + i).readyBy(Pickups.NOW.plusSeconds(600 + i)).build());
        }
        StoreQueueViewModel model = started(MANAGER, TaskExecutor.currentThread());
        assertThat(model.pickupsPerHourProperty().get()).isEqualTo(12);

        model.pickupsPerHourProperty().set(2);

        assertThat(preferences.get(Workload.CAPACITY_KEY, "")).isEqualTo("2");
        assertThat(model.workloadProperty().get().get(0)).isEqualTo(new HourLoad(12, 3, 2));
        assertThat(model.workloadNoteProperty().get()).isEqualTo("Over capacity at 12:00 (3 due)");
    }

    private StoreQueueViewModel started(ConsoleUser user, TaskExecutor executor) {
        StoreQueueViewModel model = new StoreQueueViewModel(source, Pickups::catalog, user, preferences, executor,
                Clock.fixed(Pickups.NOW, ZoneOffset.UTC));
        model.activate();
        return model;
    }

    private static List<QueueRow> rows(StoreQueueViewModel model, String... orderIds) {
        List<String> wanted = List.of(orderIds);
        return model.rows().stream().filter(row -> wanted.contains(row.orderId())).toList();
    }

    private static List<String> ids(StoreQueueViewModel model) {
        return model.rows().stream().map(QueueRow::orderId).toList();
    }
}
