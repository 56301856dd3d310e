package io.omniroute.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PickupRepositoryIT extends AbstractStoreIT {

    private Database withPickup(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.pickups().insert(TestOrders.newPickup("O-1"));
            return null;
        });
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void insertedPickupReadsBackWithItsLines(Backend backend) {
        Database db = withPickup(backend);

        Optional<PickupRow> found = db.inTransaction(tx -> tx.pickups().find("O-1"));
        Optional<PickupRow> unknown = db.inTransaction(tx -> tx.pickups().find("O-2"));

        assertThat(found).contains(TestOrders.newPickup("O-1"));
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void readyAtIsEmptyUntilMarkedAndSurvivesAnUpdate(Backend backend) {
        Database db = withPickup(backend);
        Instant readyAt = TestNetwork.T0.plusSeconds(3600);

        Optional<Instant> before = db.inTransaction(tx -> tx.pickups().readyAt("O-1"));
        db.inTransaction(tx -> {
            tx.pickups().markReady("O-1", readyAt);
            return tx.pickups().update(TestOrders.newPickup("O-1"), 1);
        });

        Optional<Instant> after = db.inTransaction(tx -> tx.pickups().readyAt("O-1"));
        Optional<Instant> unknown = db.inTransaction(tx -> tx.pickups().readyAt("O-9"));

        assertThat(before).isEmpty();
        assertThat(after).contains(readyAt);
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void updateReplacesStatusAndLinesAndBumpsTheVersion(Backend backend) {
        Database db = withPickup(backend);
        PickupRow ready = new PickupRow("O-1", "ST-1", "READY", "Ada Lovelace",
                TestOrders.newPickup("O-1").readyBy(), 64.99, 1,
                List.of(new PickupLineRow(1, "SKU-1", 2, 2, 0), new PickupLineRow(2, "SKU-2", 1, 0, 1)));

        boolean updated = db.inTransaction(tx -> tx.pickups().update(ready, 1));
        PickupRow found = db.inTransaction(tx -> tx.pickups().find("O-1")).orElseThrow();

        assertThat(updated).isTrue();
        assertThat(found.status()).isEqualTo("READY");
        assertThat(found.lines()).isEqualTo(ready.lines());
        assertThat(found.version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void updateWithAStaleVersionChangesNothing(Backend backend) {
        Database db = withPickup(backend);
        PickupRow accepted = new PickupRow("O-1", "ST-1", "ACCEPTED", "Ada Lovelace",
                TestOrders.newPickup("O-1").readyBy(), 64.99, 1, List.of());

        boolean stale = db.inTransaction(tx -> tx.pickups().update(accepted, 2));
        Optional<PickupRow> found = db.inTransaction(tx -> tx.pickups().find("O-1"));

        assertThat(stale).isFalse();
        assertThat(found).contains(TestOrders.newPickup("O-1"));
    }
}
