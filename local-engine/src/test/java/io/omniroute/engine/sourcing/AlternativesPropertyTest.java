package io.omniroute.engine.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.Profile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On random small scenarios, each ranked alternative is what exhaustive enumeration says it is. */
class AlternativesPropertyTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    private record Run(Scenario scenario, InventoryLedger inventory, CapacityLedger capacity, Sourcer sourcer,
            BruteForce bruteForce) {

        static Run of(long seed) {
            Scenario scenario = RandomScenarios.generate(seed);
            NetworkModel network = NetworkModel.of(scenario);
            InventoryLedger inventory = InventoryLedger.of(network, scenario.inventory());
            CapacityLedger capacity = CapacityLedger.of(network);
            return new Run(scenario, inventory, capacity,
                    Sourcer.create(network, inventory, capacity, scenario.rules().orElseThrow()),
                    new BruteForce(scenario, inventory, capacity));
        }

        Profile profile() {
            return scenario.rules().orElseThrow().profiles().get(0);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theFirstPlanIsTheDecisionAndTheSecondIsTheBestOtherNodeSet(long seed) {
        Run run = Run.of(seed);
        for (Order order : shipOrders(run)) {
            Alternatives alternatives = run.sourcer().alternatives(order, 9);
            SourcingDecision decided = run.sourcer().decide(order);

            assertThat(alternatives.optimal().plan()).isEqualTo(decided);
            assertThat(alternatives.explanation().decision()).isEqualTo(decided);
            Set<String> optimum = nodes(decided);
            double secondBest = run.bruteForce().optimum(order, run.profile(),
                    nodes -> !nodes.isEmpty() && !nodes.equals(optimum), false);
            if (alternatives.plans().size() > 1) {
                assertThat(alternatives.plans().get(1).plan().objective()).as("seed %d order %s", seed,
                        order.orderId()).isCloseTo(secondBest, within(1e-6));
            } else {
                assertThat(secondBest).as("seed %d order %s has no second plan", seed, order.orderId())
                        .isInfinite();
            }
            run.sourcer().source(order);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachAlternativeIsTheBestPlanUnderItsBasis(long seed) {
        Run run = Run.of(seed);
        for (Order order : shipOrders(run)) {
            Alternatives alternatives = run.sourcer().alternatives(order, 50);
            for (Alternative alternative : alternatives.plans().subList(1, alternatives.plans().size())) {
                String node = alternative.nodeId().orElseThrow();
                double expected = alternative.basis() == Alternative.Basis.USING_NODE
                        ? run.bruteForce().optimum(order, run.profile(), nodes -> nodes.contains(node), false)
                        : run.bruteForce().optimum(order, run.profile(),
                                nodes -> !nodes.isEmpty() && !nodes.contains(node), false);
                assertThat(alternative.plan().objective()).as("seed %d order %s: %s", seed, order.orderId(),
                        alternative.describe()).isCloseTo(expected, within(1e-6));
                assertThat(alternative.objectiveDelta()).isCloseTo(alternative.plan().objective()
                        - alternatives.optimal().plan().objective(), within(1e-6)).isNotNegative();
            }
            run.sourcer().source(order);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void plansAreRankedByObjectiveWithDistinctShippingNodesAndReserveNothing(long seed) {
        Run run = Run.of(seed);
        for (Order order : shipOrders(run)) {
            int atpBefore = totalAtp(run);
            List<Alternative> plans = run.sourcer().alternatives(order, 50).plans();

            assertThat(plans.subList(1, plans.size())).extracting(Alternative::objectiveDelta).isSorted();
            Set<Set<String>> sets = new HashSet<>();
            plans.forEach(plan -> assertThat(sets.add(nodes(plan.plan()))).as("distinct node sets").isTrue());
            assertThat(totalAtp(run)).isEqualTo(atpBefore);
            run.sourcer().source(order);
        }
    }

    private static List<Order> shipOrders(Run run) {
        return run.scenario().orders().stream().filter(o -> o.fulfillment() == Fulfillment.SHIP).toList();
    }

    private static Set<String> nodes(SourcingDecision decision) {
        Set<String> nodes = new TreeSet<>();
        decision.shipments().forEach(shipment -> nodes.add(shipment.nodeId()));
        return nodes;
    }

    private static int totalAtp(Run run) {
        return run.scenario().inventory().stream().mapToInt(p -> run.inventory().atp(p.nodeId(), p.sku())).sum();
    }
}
