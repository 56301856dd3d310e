package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ready and reject dialogs' state: their starting quantities, validity, payloads and words. */
class DialogViewModelsTest {

    private static final QueueRow ORDER = new QueueRow(Pickups.pickup("O-1").status("PICKING")
            .line(1, "SKU-1", 3, 0, 1).line(2, "SKU-2", 1).line(3, "SKU-3", 2, 0, 2).build(), "", "", false);

    @Test
    void theReadyDialogStartsWithEveryHeldUnitAndLeavesFullyRejectedLinesOut() {
        ReadyDialogViewModel dialog = new ReadyDialogViewModel(List.of(ORDER), Pickups.catalog()::skuName);

        assertThat(dialog.lines()).extracting(LineChoice::lineNo, LineChoice::max)
                .containsExactly(tuple(1, 2), tuple(2, 1));
        assertThat(dialog.lines()).extracting(line -> line.qtyProperty().get()).containsExactly(2, 1);
        assertThat(dialog.payloads()).isEqualTo(Map.of("O-1", "{}"));
        assertThat(dialog.summaryProperty().get()).startsWith("Every line is ready");
    }

    @Test
    void aShortLineMakesTheReadyPayloadNameTheLinesStillWithUnits() {
        ReadyDialogViewModel dialog = new ReadyDialogViewModel(List.of(ORDER), Pickups.catalog()::skuName);

        dialog.lines().get(1).qtyProperty().set(0);

        assertThat(dialog.payloads()).isEqualTo(Map.of("O-1", "{\"lines\":[{\"line_no\":1,\"qty\":2}]}"));
        assertThat(dialog.summaryProperty().get()).contains("stays in Picking");
        dialog.lines().get(0).qtyProperty().set(0);
        assertThat(dialog.validProperty().get()).isFalse();
    }

    @Test
    void aQuantityIsKeptBetweenNoneAndTheUnitsHeld() {
        ReadyDialogViewModel dialog = new ReadyDialogViewModel(List.of(ORDER), Pickups.catalog()::skuName);

        dialog.lines().get(0).qtyProperty().set(9);
        dialog.lines().get(1).qtyProperty().set(-1);

        assertThat(dialog.lines()).extracting(line -> line.qtyProperty().get()).containsExactly(2, 0);
    }

    @Test
    void aRejectionNeedsUnitsAndAReasonBeforeItCanBeSent() {
        RejectDialogViewModel dialog = new RejectDialogViewModel(List.of(ORDER), Pickups.catalog()::skuName);
        assertThat(dialog.lines()).extracting(line -> line.qtyProperty().get()).containsOnly(0);
        assertThat(dialog.validProperty().get()).isFalse();

        dialog.lines().get(0).qtyProperty().set(2);
        assertThat(dialog.validProperty().get()).isFalse();
        dialog.reasonProperty().set(RejectReason.NOT_FOUND);

        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.question()).isEqualTo("Reject 2 units of 1 order as NOT_FOUND? They are written off this"
                + " store's stock.");
        assertThat(dialog.payloads()).isEqualTo(Map.of("O-1",
                "{\"lines\":[{\"line_no\":1,\"qty\":2}],\"reason_code\":\"NOT_FOUND\"}"));
    }

    @Test
    void theRejectDialogExplainsThatTheCustomerDecidesBeforeThePickupMoves() {
        assertThat(RejectDialogViewModel.EXPLANATION).contains("re-sources them")
                .contains("does not move until the customer decides");
    }

    @Test
    void theLinesShowTheirCatalogNames() {
        ReadyDialogViewModel dialog = new ReadyDialogViewModel(List.of(ORDER), Pickups.catalog()::skuName);

        assertThat(dialog.lines().get(0).itemText()).isEqualTo("Desk lamp (SKU-1)");
    }
}
