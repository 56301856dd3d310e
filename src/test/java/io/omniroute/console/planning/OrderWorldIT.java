package io.omniroute.console.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.cache.CachedOrder;
import io.omniroute.console.model.PlanningNetwork;
import io.omniroute.engine.sourcing.Alternatives;
import io.omniroute.engine.sourcing.Shipment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One order's planning world over a cache the real sync client filled from the real server. */
class OrderWorldIT {

    @TempDir
    Path folder;

    private PlanningWorld world;

    @BeforeEach
    void start() throws IOException {
        world = PlanningWorld.start(folder);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private OrderWorld worldOf(String orderId) {
        world.sync();
        CachedOrder order = world.store.read(tx -> tx.planning().order(orderId)).orElseThrow();
        PlanningNetwork network = world.data.planning().current().orElseThrow();
        Map<String, Integer> slots = world.store.read(tx -> tx.orders().shipmentsOn(OrderWorld.shipDay(order)));
        return OrderWorld.of(network, world.data.positions(), order, slots);
    }

    @Test
    void theOrdersOwnUnitsCountAsAvailableToItAsAReleaseBeforeTheRerouteWould() {
        String sku = world.scarceSku();
        JsonNode order = world.order(sku, 1);
        String node = order.get("allocations").get(0).get("node_id").asText();

        OrderWorld planning = worldOf(order.get("order_id").asText());

        assertThat(planning.atp(node, sku)).isEqualTo(world.atp(node, sku));
        assertThat(planning.shipsFrom(node)).isTrue();
    }

    @Test
    void theOptimumOverTheCacheIsTheDecisionTheBackendTook() {
        String sku = world.scarceSku();
        JsonNode order = world.order(sku, 2);

        Alternatives alternatives = worldOf(order.get("order_id").asText()).alternatives(9, Optional.empty());

        List<String> backend = new ArrayList<>();
        order.get("allocations").forEach(a -> backend.add(a.get("node_id").asText()));
        assertThat(alternatives.optimal().plan().shipments()).extracting(Shipment::nodeId)
                .containsExactlyInAnyOrderElementsOf(backend.stream().distinct().toList());
    }

    @Test
    void theCurrentPlanIsPricedByItsOwnServiceAndAPlanBeyondAtpIsRefused() {
        String sku = world.scarceSku();
        JsonNode order = world.order(sku, 1);
        OrderWorld planning = worldOf(order.get("order_id").asText());
        PlanPricer pricer = new PlanPricer(planning);
        String node = order.get("allocations").get(0).get("node_id").asText();

        PricedPlan current = pricer.current();
        PricedPlan tooMuch = pricer.price(List.of(new PlanLine(1, node, 1), new PlanLine(1, world.holders(sku)
                .stream().filter(n -> !n.equals(node)).findFirst().orElseThrow(), 1)));

        assertThat(current.shipments()).singleElement().satisfies(s -> {
            assertThat(s.nodeId()).isEqualTo(node);
            assertThat(s.carrier()).isEqualTo(order.get("allocations").get(0).get("carrier").asText());
        });
        assertThat(current.totalCost()).isCloseTo(planning.alternatives(1, Optional.empty()).optimal().plan()
                .totalCost(), within(1e-6));
        assertThat(tooMuch.problems()).containsExactly("line 1: the plan ships 2 units, the line has 1 not cancelled");
        assertThat(pricer.price(List.of(new PlanLine(1, node, world.atp(node, sku) + 1))).problems())
                .anySatisfy(problem -> assertThat(problem).contains(node + " has ATP " + world.atp(node, sku)));
    }
}
