package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.cache.PickupRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which tab each pickup belongs on, and the counts in the tab titles. */
class QueueRowsTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    /** 04:00 in Los Angeles: the local day began 4 hours ago, the UTC day 12 hours ago. */
    private static final Instant NOW = Pickups.NOW;

    @Test
    void eachStatusHasItsTabAndTheTitlesCountThem() {
        Map<QueueTab, List<QueueRow>> tabs = build(List.of(
                Pickups.pickup("O-NEW").status("NEW").build(),
                Pickups.pickup("O-ACC").status("ACCEPTED").build(),
                Pickups.pickup("O-PICK").status("PICKING").build(),
                Pickups.pickup("O-READY").status("READY").readyAt(NOW.minusSeconds(60)).build(),
                Pickups.pickup("O-CANC").status("CANCELLED").build()), Map.of());

        assertThat(ids(tabs.get(QueueTab.NEW))).containsExactly("O-NEW");
        assertThat(ids(tabs.get(QueueTab.PICKING))).containsExactlyInAnyOrder("O-ACC", "O-PICK");
        assertThat(ids(tabs.get(QueueTab.READY))).containsExactly("O-READY");
        assertThat(tabs.get(QueueTab.PROBLEMS)).isEmpty();
        assertThat(QueueTab.PICKING.title(tabs.get(QueueTab.PICKING).size())).isEqualTo("Picking (2)");
    }

    @Test
    void collectedCountsOnlyPickupsReadiedOnTheLocalDay() {
        Instant localMidnight = NOW.atZone(LA).toLocalDate().atStartOfDay(LA).toInstant();
        Map<QueueTab, List<QueueRow>> tabs = build(List.of(
                Pickups.pickup("O-TODAY").status("COLLECTED").readyAt(localMidnight.plusSeconds(60)).build(),
                Pickups.pickup("O-LATE-YESTERDAY").status("COLLECTED").readyAt(localMidnight.minusSeconds(60))
                        .build()), Map.of());

        assertThat(ids(tabs.get(QueueTab.COLLECTED))).containsExactly("O-TODAY");
    }

    @Test
    void problemsHoldRejectedUnitsRecentNoShowsAndRefusedCommands() {
        PickupRow rejected = Pickups.pickup("O-REJ").status("PICKING").readyBy(NOW.plusSeconds(3600))
                .line(1, "SKU-1", 3, 0, 2).build();
        PickupRow noShow = Pickups.pickup("O-NS").status("NO_SHOW").readyBy(NOW.minus(Duration.ofDays(4))).build();
        PickupRow oldNoShow = Pickups.pickup("O-OLD").status("NO_SHOW").readyBy(NOW.minus(Duration.ofDays(30)))
                .build();
        PickupRow conflicted = Pickups.pickup("O-CON").status("NEW").pending(1).build();
        OutboxCommand conflict = FakePickupSource.command(1, new NewCommand("PICKUP_ACCEPT", "pickup", "O-CON", 1,
                "{}", "", "mgr"), OutboxState.CONFLICT, Optional.empty(), NOW);

        Map<QueueTab, List<QueueRow>> tabs = build(List.of(rejected, noShow, oldNoShow, conflicted),
                Map.of("O-CON", List.of(conflict)));

        assertThat(tabs.get(QueueTab.PROBLEMS)).extracting(QueueRow::orderId, QueueRow::problem).containsExactly(
                tuple("O-NS", "No-show: the customer did not come"),
                tuple("O-REJ",
                        "2 units rejected: re-sourced by the backend, the customer decides"),
                tuple("O-CON",
                        "PICKUP_ACCEPT conflicts with a newer version: decide in the outbox"));
        assertThat(ids(tabs.get(QueueTab.PICKING))).containsExactly("O-REJ");
        assertThat(ids(tabs.get(QueueTab.NEW))).containsExactly("O-CON");
    }

    @Test
    void rowsAreMostUrgentFirstAndTheirLinesReadInShelfOrder() {
        Map<QueueTab, List<QueueRow>> tabs = build(List.of(
                Pickups.pickup("O-LATER").readyBy(NOW.plusSeconds(7200)).build(),
                Pickups.pickup("O-SOONER").readyBy(NOW.plusSeconds(600)).line(1, "SKU-2", 1)
                        .line(2, "SKU-1", 2, 0, 1).build()), Map.of());

        assertThat(ids(tabs.get(QueueTab.NEW))).containsExactly("O-SOONER", "O-LATER");
        assertThat(tabs.get(QueueTab.NEW).get(0).linesText())
                .isEqualTo("2 \u00d7 Desk lamp (1 rejected), 1 \u00d7 Alpine tent");
    }

    @Test
    void anOrderTheUserJustActedOnIsPendingBeforeTheCacheSaysSo() {
        Map<QueueTab, List<QueueRow>> tabs = QueueRows.build(List.of(Pickups.pickup("O-1").build()), Map.of(),
                Set.of("O-1"), Pickups.catalog()::skuName, NOW, LA);

        assertThat(tabs.get(QueueTab.NEW).get(0).pending()).isTrue();
    }

    private static Map<QueueTab, List<QueueRow>> build(List<PickupRow> pickups,
            Map<String, List<OutboxCommand>> refused) {
        return QueueRows.build(pickups, refused, Set.of(), Pickups.catalog()::skuName, NOW, LA);
    }

    private static List<String> ids(List<QueueRow> rows) {
        return rows.stream().map(QueueRow::orderId).toList();
    }
}
