package io.omniroute.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.store.AllocationRow;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.InventoryRow;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.ScenarioImporter;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A decision planned on a read snapshot is applied only while it is provably still optimal and open. */
class PlannedSourcingIT {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private Database db;
    private OrderService orders;
    private Order order;

    @BeforeEach
    void setUp() {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(30, 200, 300, 1, 11));
        db = Database.open("jdbc:h2:mem:planned-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        ScenarioImporter.importScenario(db, scenario);
        orders = new OrderService(EngineSnapshot.of(db.inTransaction(tx -> tx.network().loadNetwork())));
        order = scenario.orders().stream()
                .filter(o -> o.fulfillment() == Fulfillment.SHIP && o.lines().size() == 1)
                .filter(o -> orders.plan(db, o).decision().shipments().size() == 1)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aPlanMadeBeforeStockWasReleasedIsDecidedAgain() {
        String best = onlyNode(orders.plan(db, order));
        int atp = atp(best);
        reserve(best, atp);
        EngineSnapshot.Planned withoutBest = orders.plan(db, order);
        assertThat(onlyNode(withoutBest)).isNotEqualTo(best);

        release(best, atp);
        OrderRecord created = db.inTransaction(tx -> orders.create(tx, order, Optional.of(withoutBest), "ana", NOW))
                .order();

        assertThat(created.allocations()).extracting(AllocationRow::nodeId).containsOnly(best);
    }

    @Test
    void aPlanWhoseUnitsWereTakenMeanwhileIsDecidedAgainWithoutOverselling() {
        EngineSnapshot.Planned planned = orders.plan(db, order);
        String chosen = onlyNode(planned);
        reserve(chosen, atp(chosen));

        OrderRecord created = db.inTransaction(tx -> orders.create(tx, order, Optional.of(planned), "ana", NOW))
                .order();

        assertThat(created.allocations()).isNotEmpty().extracting(AllocationRow::nodeId).doesNotContain(chosen);
        assertThat(atp(chosen)).isZero();
    }

    @Test
    void aPlanThatIsStillOptimalIsAppliedAsPlanned() {
        EngineSnapshot.Planned planned = orders.plan(db, order);

        OrderRecord created = db.inTransaction(tx -> orders.create(tx, order, Optional.of(planned), "ana", NOW))
                .order();

        assertThat(created.allocations()).extracting(AllocationRow::nodeId).containsOnly(onlyNode(planned));
        assertThat(created.profile()).isEqualTo(planned.decision().profile());
    }

    private static String onlyNode(EngineSnapshot.Planned planned) {
        assertThat(planned.decision().shipments()).hasSize(1);
        return planned.decision().shipments().get(0).nodeId();
    }

    private String sku() {
        return order.lines().get(0).sku();
    }

    private int atp(String nodeId) {
        Optional<InventoryRow> row = db.read(tx -> tx.inventory().get(nodeId, sku()));
        return row.orElseThrow().atp();
    }

    private void reserve(String nodeId, int qty) {
        boolean reserved = db.inTransaction(tx -> tx.inventory().reserve(nodeId, sku(), qty, NOW).isPresent());
        assertThat(reserved).isTrue();
    }

    private void release(String nodeId, int qty) {
        boolean released = db.inTransaction(tx -> tx.inventory().release(nodeId, sku(), qty, NOW).isPresent());
        assertThat(released).isTrue();
    }
}
