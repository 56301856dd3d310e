package io.omniroute.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CapacityRepositoryIT extends AbstractStoreIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static boolean take(Database db, String nodeId, LocalDate day, int capacity) {
        return db.inTransaction(tx -> tx.capacity().take(nodeId, day, capacity));
    }

    private static int used(Database db, String nodeId, LocalDate day) {
        return db.inTransaction(tx -> tx.capacity().used(nodeId, day));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void takeStopsAtDailyCapacity(Backend backend) {
        Database db = open(backend);

        assertThat(take(db, "ST-1", MONDAY, 2)).isTrue();
        assertThat(take(db, "ST-1", MONDAY, 2)).isTrue();
        assertThat(take(db, "ST-1", MONDAY, 2)).isFalse();
        assertThat(used(db, "ST-1", MONDAY)).isEqualTo(2);
        assertThat(used(db, "ST-1", MONDAY.plusDays(1))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void nodeWithNoCapacityTakesNothing(Backend backend) {
        Database db = open(backend);

        assertThat(take(db, "ST-1", MONDAY, 0)).isFalse();
        assertThat(used(db, "ST-1", MONDAY)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void sixteenConcurrentFirstTakesOfADayNeverExceedCapacity(Backend backend) throws Exception {
        Database db = open(backend);

        int successes = Concurrently.countSuccesses(16, () -> take(db, "ST-1", MONDAY, 5));

        assertThat(successes).isEqualTo(5);
        assertThat(used(db, "ST-1", MONDAY)).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void releaseGivesBackOneShipmentButNeverGoesBelowZero(Backend backend) {
        Database db = open(backend);
        take(db, "ST-1", MONDAY, 2);
        take(db, "ST-1", MONDAY, 2);

        boolean released = db.inTransaction(tx -> tx.capacity().release("ST-1", MONDAY));
        boolean again = db.inTransaction(tx -> tx.capacity().release("ST-1", MONDAY));
        boolean belowZero = db.inTransaction(tx -> tx.capacity().release("ST-1", MONDAY));
        boolean unknownDay = db.inTransaction(tx -> tx.capacity().release("ST-1", MONDAY.plusDays(3)));

        assertThat(released).isTrue();
        assertThat(again).isTrue();
        assertThat(belowZero).isFalse();
        assertThat(unknownDay).isFalse();
        assertThat(take(db, "ST-1", MONDAY, 2)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void usedOnListsTheDaysShipmentsByNode(Backend backend) {
        Database db = open(backend);
        take(db, "ST-1", MONDAY, 10);
        take(db, "DC-1", MONDAY, 10);
        take(db, "DC-1", MONDAY, 10);
        take(db, "DC-1", MONDAY.plusDays(1), 10);

        Map<String, Integer> used = db.inTransaction(tx -> tx.capacity().usedOn(MONDAY));

        assertThat(used).containsExactly(Map.entry("DC-1", 2), Map.entry("ST-1", 1));
    }
}
