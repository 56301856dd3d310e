package io.omniroute.server.store;

import static io.omniroute.server.store.TestNetwork.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.InventoryPosition;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InventoryRepositoryIT extends AbstractStoreIT {

    private static final Instant T1 = T0.plusSeconds(60);

    private Database stocked(Backend backend, InventoryPosition... positions) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.inventory().insertAll(List.of(positions), T0);
            return null;
        });
        return db;
    }

    private static InventoryRow row(Database db, String nodeId, String sku) {
        return db.inTransaction(tx -> tx.inventory().get(nodeId, sku)).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void insertedPositionHasNothingReservedAtVersionOne(Backend backend) {
        Database db = stocked(backend, new InventoryPosition("DC-1", "SKU-1", 10, 2));

        assertThat(row(db, "DC-1", "SKU-1")).isEqualTo(new InventoryRow("DC-1", "SKU-1", 10, 2, 0, 1, T0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void reserveWithinAtpTakesTheUnits(Backend backend) {
        Database db = stocked(backend, new InventoryPosition("DC-1", "SKU-1", 10, 2));

        var reserved = db.inTransaction(tx -> tx.inventory().reserve("DC-1", "SKU-1", 8, T1));

        InventoryRow stored = row(db, "DC-1", "SKU-1");
        assertThat(stored).isEqualTo(new InventoryRow("DC-1", "SKU-1", 10, 2, 8, 2, T1));
        assertThat(reserved).as("the position as the move left it").contains(stored);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void everyMoveReturnsThePositionAsItLeftIt(Backend backend) {
        Database db = stocked(backend, new InventoryPosition("DC-1", "SKU-1", 10, 0));
        db.inTransaction(tx -> tx.inventory().reserve("DC-1", "SKU-1", 6, T0));

        var released = db.inTransaction(tx -> tx.inventory().release("DC-1", "SKU-1", 2, T1)).orElseThrow();
        var shipped = db.inTransaction(tx -> tx.inventory().commit("DC-1", "SKU-1", 3, T1)).orElseThrow();

        assertThat(released).isEqualTo(new InventoryRow("DC-1", "SKU-1", 10, 0, 4, 3, T1));
        assertThat(shipped).isEqualTo(new InventoryRow("DC-1", "SKU-1", 7, 0, 1, 4, T1))
                .isEqualTo(row(db, "DC-1", "SKU-1"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void reserveBeyondAtpChangesNothing(Backend backend) {
        Database db = stocked(backend, new InventoryPosition("DC-1", "SKU-1", 10, 2));
        db.inTransaction(tx -> tx.inventory().reserve("DC-1", "SKU-1", 5, T1));

        boolean reserved = db.inTransaction(tx -> tx.inventory().reserve("DC-1", "SKU-1", 4, T1).isPresent());

        assertThat(reserved).isFalse();
        assertThat(row(db, "DC-1", "SKU-1").reserved()).isEqualTo(5);
        assertThat(row(db, "DC-1", "SKU-1").atp()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void sixteenConcurrentReservesOfAScarcePositionNeverOversell(Backend backend) throws Exception {
        Database db = stocked(backend, new InventoryPosition("ST-1", "SKU-1", 7, 2));

        int successes = Concurrently.countSuccesses(16,
                () -> db.inTransaction(tx -> tx.inventory().reserve("ST-1", "SKU-1", 1, T1).isPresent()));

        assertThat(successes).isEqualTo(5);
        assertThat(row(db, "ST-1", "SKU-1").reserved()).isEqualTo(5);
        assertThat(row(db, "ST-1", "SKU-1").version()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void releaseOfMoreThanIsReservedChangesNothing(Backend backend) {
        Database db = stocked(backend, new InventoryPosition("DC-1", "SKU-1", 10, 0));
        db.inTransaction(tx -> tx.inventory().reserve("DC-1", "SKU-1", 3, T1));

        boolean tooMany = db.inTransaction(tx -> tx.inventory().release("DC-1", "SKU-1", 4, T1).isPresent());
        boolean some = db.inTransaction(tx -> tx.inventory().release("DC-1", "SKU-1", 2, T1).isPresent());

        assertThat(tooMany).isFalse();
        assertThat(some).isTrue();
        assertThat(row(db, "DC-1", "SKU-1").reserved()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void commitTakesReservedUnitsOffHand(Backend backend) {
        Database db = stocked(backend, new InventoryPosition("DC-1", "SKU-1", 10, 1));
        db.inTransaction(tx -> tx.inventory().reserve("DC-1", "SKU-1", 3, T1));

        boolean committed = db.inTransaction(tx -> tx.inventory().commit("DC-1", "SKU-1", 2, T1).isPresent());
        boolean tooMany = db.inTransaction(tx -> tx.inventory().commit("DC-1", "SKU-1", 2, T1).isPresent());

        assertThat(committed).isTrue();
        assertThat(tooMany).isFalse();
        assertThat(row(db, "DC-1", "SKU-1")).isEqualTo(new InventoryRow("DC-1", "SKU-1", 8, 1, 1, 3, T1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void writeOffTakesReservedUnitsOffHandSoAtpStaysAsItWas(Backend backend) {
        Database db = stocked(backend, new InventoryPosition("ST-1", "SKU-1", 6, 1));
        db.inTransaction(tx -> tx.inventory().reserve("ST-1", "SKU-1", 2, T1));

        boolean written = db.inTransaction(tx -> tx.inventory().writeOff("ST-1", "SKU-1", 2, T1).isPresent());
        boolean tooMany = db.inTransaction(tx -> tx.inventory().writeOff("ST-1", "SKU-1", 1, T1).isPresent());

        assertThat(written).isTrue();
        assertThat(tooMany).isFalse();
        assertThat(row(db, "ST-1", "SKU-1")).isEqualTo(new InventoryRow("ST-1", "SKU-1", 4, 1, 0, 3, T1));
        assertThat(row(db, "ST-1", "SKU-1").atp()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void reserveOfNoUnitsIsRefused(Backend backend) {
        Database db = stocked(backend, new InventoryPosition("DC-1", "SKU-1", 10, 1));

        assertThatThrownBy(() -> db.inTransaction(tx -> tx.inventory().reserve("DC-1", "SKU-1", 0, T1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qty is 0");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void forSkusReturnsEveryNodesPositionOfThoseSkusInKeyOrder(Backend backend) {
        Database db = stocked(backend, TestNetwork.scenario().inventory().toArray(InventoryPosition[]::new));

        List<InventoryRow> plain = db.inTransaction(tx -> tx.inventory().forSkus(Set.of("SKU-1", "SKU-9"), false));
        List<InventoryRow> locked = db.inTransaction(tx -> tx.inventory().forSkus(List.of("SKU-1"), true));

        assertThat(plain).extracting(InventoryRow::feedId).containsExactly("DC-1|SKU-1", "ST-1|SKU-1");
        assertThat(locked).isEqualTo(plain);
    }
}
