package io.omniroute.engine.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Scenario;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryLedgerTest {

    private final TinyNetwork tiny = new TinyNetwork().stock("DC-JOL", "A", 10, 2).stock("ST-CHI", "A", 1, 3);

    private InventoryLedger ledger() {
        Scenario scenario = new Scenario(tiny.nodes, tiny.skus, tiny.inventory, tiny.zones, tiny.carriers, tiny.levels,
                List.of(), Optional.empty());
        return InventoryLedger.of(NetworkModel.of(scenario), tiny.inventory);
    }

    @Test
    void atpIsOnHandLessSafetyStockLessReserved() {
        InventoryLedger ledger = ledger();
        ledger.reserve("DC-JOL", "A", 3);

        assertThat(ledger.atp("DC-JOL", "A")).isEqualTo(10 - 2 - 3);
    }

    @Test
    void atpNeverGoesBelowZeroWhenSafetyStockExceedsOnHand() {
        assertThat(ledger().atp("ST-CHI", "A")).isZero();
    }

    @Test
    void reservingBeyondAtpIsRefusedAndChangesNothing() {
        InventoryLedger ledger = ledger();

        assertThatThrownBy(() -> ledger.reserve("DC-JOL", "A", 9)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATP is 8");
        assertThat(ledger.reserved("DC-JOL", "A")).isZero();
    }

    @Test
    void releaseGivesUnitsBackToAtp() {
        InventoryLedger ledger = ledger();
        ledger.reserve("DC-JOL", "A", 5);

        ledger.release("DC-JOL", "A", 2);

        assertThat(ledger.atp("DC-JOL", "A")).isEqualTo(5);
    }

    @Test
    void commitShipsReservedUnitsOutOfOnHand() {
        InventoryLedger ledger = ledger();
        ledger.reserve("DC-JOL", "A", 5);

        ledger.commit("DC-JOL", "A", 4);

        assertThat(ledger.onHand("DC-JOL", "A")).isEqualTo(6);
        assertThat(ledger.reserved("DC-JOL", "A")).isEqualTo(1);
        assertThat(ledger.atp("DC-JOL", "A")).isEqualTo(3);
    }

    @Test
    void releasingOrCommittingMoreThanReservedIsRefused() {
        InventoryLedger ledger = ledger();
        ledger.reserve("DC-JOL", "A", 1);

        assertThatThrownBy(() -> ledger.release("DC-JOL", "A", 2)).hasMessageContaining("only 1 reserved");
        assertThatThrownBy(() -> ledger.commit("DC-JOL", "A", 2)).hasMessageContaining("only 1 reserved");
    }

    @Test
    void unstockedPositionHasNoAtpAndCannotBeReserved() {
        InventoryLedger ledger = ledger();

        assertThat(ledger.atp("DS-CHI", "A")).isZero();
        assertThatThrownBy(() -> ledger.reserve("DS-CHI", "A", 1)).hasMessageContaining("does not stock");
    }

    @Test
    void unknownNodeIsNamedInTheError() {
        assertThatThrownBy(() -> ledger().atp("XX-1", "A")).hasMessageContaining("XX-1");
    }
}
