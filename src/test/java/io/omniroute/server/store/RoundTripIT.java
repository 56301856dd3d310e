package io.omniroute.server.store;

import static io.omniroute.server.store.TestNetwork.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.InventoryPosition;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripIT extends AbstractStoreIT {

    private static final Instant T1 = T0.plusSeconds(60);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private Database stockedWithOrder(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.inventory().insertAll(List.of(new InventoryPosition("DC-1", "SKU-1", 10, 2)), T0);
            tx.orders().insert(TestOrders.shipOrder("O-1"));
            tx.exceptions().insert(TestOrders.openException("O-1-E1", "O-1"));
            tx.capacity().take("DC-2", DAY, 2);
            return null;
        });
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void statementsRunInTheOrderAddedEachSeeingTheOnesBefore(Backend backend) {
        Database db = stockedWithOrder(backend);

        List<Object> replies = db.inTransaction(tx -> {
            RoundTrip trip = tx.roundTrip();
            Reply<Optional<OrderRecord>> order = tx.orders().findLocked(trip, "O-1");
            Reply<List<ExceptionRow>> open = tx.exceptions().openForOrder(trip, "O-1");
            Reply<Optional<InventoryRow>> reserved = tx.inventory().reserve(trip, "DC-1", "SKU-1", 5, T1);
            Reply<Optional<InventoryRow>> tooMany = tx.inventory().reserve(trip, "DC-1", "SKU-1", 4, T1);
            Reply<Optional<InventoryRow>> released = tx.inventory().release(trip, "DC-1", "SKU-1", 2, T1);
            Reply<Boolean> noDayYet = tx.capacity().takeFromExistingDay(trip, "DC-1", DAY, 5);
            Reply<Boolean> taken = tx.capacity().takeFromExistingDay(trip, "DC-2", DAY, 2);
            Reply<Boolean> full = tx.capacity().takeFromExistingDay(trip, "DC-2", DAY, 2);
            Reply<Boolean> updated = tx.orders().updateStatus(trip, "O-1", "SOURCED", 1);
            Reply<Boolean> stale = tx.orders().updateStatus(trip, "O-1", "SOURCED", 1);
            Reply<Optional<ExceptionRow>> resolved = tx.exceptions().resolve(trip, "O-1-E1", "plan", T1, 1);
            trip.send();
            return List.of(order.get().orElseThrow().version(), open.get().size(), reserved.get(), tooMany.get(),
                    released.get(), noDayYet.get(), taken.get(), full.get(), updated.get(), stale.get(),
                    resolved.get().map(ExceptionRow::status));
        });

        assertThat(replies).containsExactly(1L, 1,
                Optional.of(new InventoryRow("DC-1", "SKU-1", 10, 2, 5, 2, T1)),
                Optional.empty(),
                Optional.of(new InventoryRow("DC-1", "SKU-1", 10, 2, 3, 3, T1)),
                false, true, false, true, false, Optional.of(ExceptionRow.RESOLVED));
        assertThat(db.inTransaction(tx -> tx.inventory().get("DC-1", "SKU-1")).orElseThrow().reserved())
                .isEqualTo(3);
        assertThat(db.inTransaction(tx -> tx.orders().find("O-1")).orElseThrow().version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aFailingStatementFailsTheTripAndItsTransactionKeepsNothing(Backend backend) {
        Database db = stockedWithOrder(backend);
        AllocationRow taken = TestOrders.shipOrder("O-1").allocations().get(0);

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            RoundTrip trip = tx.roundTrip();
            tx.inventory().reserve(trip, "DC-1", "SKU-1", 5, T1);
            tx.orders().insertAllocations(trip, List.of(taken)); // its key is taken
            tx.inventory().reserve(trip, "DC-1", "SKU-1", 1, T1);
            trip.send();
            return null;
        })).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(Sql.isKeyConflict((SQLException) e.getCause())).isTrue());

        assertThat(db.inTransaction(tx -> tx.inventory().get("DC-1", "SKU-1")).orElseThrow().reserved())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aReplyIsThereOnlyOnceItsTripWasSentAndATripIsSentOnce(Backend backend) {
        Database db = stockedWithOrder(backend);

        db.inTransaction(tx -> {
            RoundTrip trip = tx.roundTrip();
            Reply<Optional<InventoryRow>> reserved = tx.inventory().reserve(trip, "DC-1", "SKU-1", 1, T1);
            assertThatThrownBy(reserved::get).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not sent yet");
            trip.send();
            assertThat(reserved.get()).isPresent();
            assertThatThrownBy(trip::send).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> tx.inventory().reserve(trip, "DC-1", "SKU-1", 1, T1))
                    .isInstanceOf(IllegalStateException.class);
            return null;
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void manyAllocationsGoInAThousandAStatement(Backend backend) {
        Database db = stockedWithOrder(backend);
        List<AllocationRow> many = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            many.add(new AllocationRow("O-1", 1, "S-" + (10_000 + i), "DC-1", "SKU-1", 1, "UPS", "GROUND", "Z2", 1.5,
                    2));
        }

        db.inTransaction(tx -> {
            tx.orders().insertAllocations(many);
            return null;
        });

        assertThat(db.inTransaction(tx -> tx.orders().find("O-1")).orElseThrow().allocations()).hasSize(2_346);
    }
}
