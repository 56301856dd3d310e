package io.omniroute.server.store;

import static io.omniroute.server.store.TestNetwork.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderRepositoryIT extends AbstractStoreIT {

    private Database withOrders(Backend backend, OrderRecord... orders) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            for (OrderRecord order : orders) {
                tx.orders().insert(order);
            }
            return null;
        });
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void insertedOrdersReadBackWithLinesAndAllocations(Backend backend) {
        Database db = withOrders(backend, TestOrders.pickupOrder("O-1"), TestOrders.shipOrder("O-2"));

        Optional<OrderRecord> pickup = db.inTransaction(tx -> tx.orders().find("O-1"));
        Optional<OrderRecord> ship = db.inTransaction(tx -> tx.orders().find("O-2"));
        Optional<OrderRecord> unknown = db.inTransaction(tx -> tx.orders().find("O-3"));

        assertThat(pickup).contains(TestOrders.pickupOrder("O-1"));
        assertThat(ship).contains(TestOrders.shipOrder("O-2"));
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void updateStatusAtTheCurrentVersionBumpsIt(Backend backend) {
        Database db = withOrders(backend, TestOrders.shipOrder("O-2"));

        boolean updated = db.inTransaction(tx -> tx.orders().updateStatus("O-2", "CANCELLED", 1));
        OrderRecord order = db.inTransaction(tx -> tx.orders().find("O-2")).orElseThrow();

        assertThat(updated).isTrue();
        assertThat(order.status()).isEqualTo("CANCELLED");
        assertThat(order.version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void updateStatusWithAStaleVersionChangesNothing(Backend backend) {
        Database db = withOrders(backend, TestOrders.shipOrder("O-2"));
        db.inTransaction(tx -> tx.orders().updateStatus("O-2", "BACKORDERED", 1));

        boolean stale = db.inTransaction(tx -> tx.orders().updateStatus("O-2", "CANCELLED", 1));
        boolean unknown = db.inTransaction(tx -> tx.orders().updateStatus("O-9", "CANCELLED", 1));
        OptionalLong version = db.inTransaction(tx -> tx.orders().version("O-2"));
        OrderRecord order = db.inTransaction(tx -> tx.orders().find("O-2")).orElseThrow();

        assertThat(stale).isFalse();
        assertThat(unknown).isFalse();
        assertThat(version).hasValue(2);
        assertThat(order.status()).isEqualTo("BACKORDERED");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void replacingALinesAllocationsLeavesTheOtherLinesAlone(Backend backend) {
        Database db = withOrders(backend, TestOrders.pickupOrder("O-1"));
        AllocationRow moved = new AllocationRow("O-1", 1, "S2", "DC-1", "SKU-1", 2, "UPS", "GROUND", "Z1", 12.5, 3);

        int deleted = db.inTransaction(tx -> {
            int rows = tx.orders().deleteAllocations("O-1", 1);
            tx.orders().insertAllocations(List.of(moved));
            return rows;
        });
        OrderRecord order = db.inTransaction(tx -> tx.orders().find("O-1")).orElseThrow();

        assertThat(deleted).isEqualTo(1);
        assertThat(order.allocations()).containsExactly(moved, TestOrders.pickupOrder("O-1").allocations().get(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aLinesCancelledAndBackorderedUnitsReadBack(Backend backend) {
        Database db = withOrders(backend, TestOrders.pickupOrder("O-1"));

        db.inTransaction(tx -> {
            tx.orders().updateLineOutcome("O-1", new OrderLineRow(1, "SKU-1", 2, 1, 1));
            return null;
        });
        OrderRecord order = db.inTransaction(tx -> tx.orders().find("O-1")).orElseThrow();

        assertThat(order.lines()).containsExactly(new OrderLineRow(1, "SKU-1", 2, 1, 1),
                new OrderLineRow(2, "SKU-2", 1, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void eventsComeBackInTheOrderTheyWereAppended(Backend backend) {
        Database db = withOrders(backend, TestOrders.shipOrder("O-2"), TestOrders.pickupOrder("O-1"));
        List<OrderEvent> appended = List.of(
                new OrderEvent(T0, "CREATED", "api", "", ""),
                new OrderEvent(T0, "SOURCED", "engine", "", "{\"profile\":\"default\"}"),
                new OrderEvent(T0.minusSeconds(1), "REROUTED", "ana", "customer asked", "DC-1 -> ST-1"));

        db.inTransaction(tx -> {
            for (OrderEvent event : appended) {
                tx.orders().appendEvent("O-2", event);
                tx.orders().appendEvent("O-1", new OrderEvent(T0, "NOISE", "test", "", ""));
            }
            return null;
        });
        List<OrderEvent> events = db.inTransaction(tx -> tx.orders().events("O-2"));

        assertThat(events).isEqualTo(appended);
    }
}
