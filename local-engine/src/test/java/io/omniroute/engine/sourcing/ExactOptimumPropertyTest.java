package io.omniroute.engine.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.Profile;
import io.omniroute.engine.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On random small scenarios, the engine agrees with exhaustive enumeration and keeps the ledgers sound. */
class ExactOptimumPropertyTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    private record Run(Scenario scenario, NetworkModel network, InventoryLedger inventory, CapacityLedger capacity,
            Sourcer sourcer) {

        static Run of(long seed) {
            Scenario scenario = RandomScenarios.generate(seed);
            NetworkModel network = NetworkModel.of(scenario);
            InventoryLedger inventory = InventoryLedger.of(network, scenario.inventory());
            CapacityLedger capacity = CapacityLedger.of(network);
            return new Run(scenario, network, inventory, capacity,
                    Sourcer.create(network, inventory, capacity, scenario.rules().orElseThrow()));
        }

        Profile profile() {
            return scenario.rules().orElseThrow().profiles().get(0);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void objectiveEqualsBruteForceOptimumForEveryOrder(long seed) {
        Run run = Run.of(seed);
        BruteForce bruteForce = new BruteForce(run.scenario(), run.inventory(), run.capacity());
        for (Order order : run.scenario().orders()) {
            double expected = order.fulfillment() == Fulfillment.SHIP
                    ? bruteForce.optimum(order, run.profile(), null) : Double.NaN;
            SourcingDecision decision = run.sourcer().source(order);
            if (order.fulfillment() == Fulfillment.PICKUP) {
                continue;
            }
            if (Double.isInfinite(expected)) {
                assertThat(decision.shipments()).as("seed %d order %s has no complete plan", seed, order.orderId())
                        .isEmpty();
            } else {
                assertThat(decision.objective()).as("seed %d order %s", seed, order.orderId())
                        .isCloseTo(expected, within(1e-6));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void decisionObjectiveIsTheCostOfItsOwnShipments(long seed) {
        Run run = Run.of(seed);
        Profile profile = run.profile();
        for (Order order : run.scenario().orders()) {
            SourcingDecision decision = run.sourcer().source(order);
            if (order.fulfillment() == Fulfillment.PICKUP || decision.shipments().isEmpty()) {
                continue;
            }
            double recomputed = 0;
            for (Shipment shipment : decision.shipments()) {
                Node node = run.network().node(run.network().nodeIndex(shipment.nodeId()));
                recomputed += shipment.totalCost() + profile.objective().biasFor(node.type());
            }
            recomputed += profile.objective().splitPenalty() * (decision.shipments().size() - 1);
            recomputed += profile.objective().unfilledPenalty() * (order.units() - decision.unitsFilled());
            assertThat(decision.objective()).as("seed %d order %s", seed, order.orderId())
                    .isCloseTo(recomputed, within(1e-6));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sourcingNeverOversellsOrExceedsCapacity(long seed) {
        Run run = Run.of(seed);
        for (Order order : run.scenario().orders()) {
            run.sourcer().source(order);
            for (InventoryPosition position : run.scenario().inventory()) {
                int reserved = run.inventory().reserved(position.nodeId(), position.sku());
                assertThat(reserved).as("reserved at %s %s", position.nodeId(), position.sku())
                        .isLessThanOrEqualTo(Math.max(0, position.onHand() - position.safetyStock()));
                assertThat(run.inventory().atp(position.nodeId(), position.sku())).isNotNegative();
            }
            for (Node node : run.scenario().nodes()) {
                if (node.dailyCapacity().isPresent()) {
                    assertThat(run.capacity().used(node.id(), order.createdAt()))
                            .isLessThanOrEqualTo(node.dailyCapacity().getAsInt());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameInputGivesSameDecisions(long seed) {
        assertThat(decisions(Run.of(seed))).isEqualTo(decisions(Run.of(seed)));
    }

    private static List<SourcingDecision> decisions(Run run) {
        List<SourcingDecision> decisions = new ArrayList<>();
        for (Order order : run.scenario().orders()) {
            decisions.add(run.sourcer().source(order));
        }
        return decisions;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void explanationPricesEveryBeatenNodeAtItsBestPlan(long seed) {
        Run run = Run.of(seed);
        BruteForce bruteForce = new BruteForce(run.scenario(), run.inventory(), run.capacity());
        for (Order order : run.scenario().orders()) {
            if (order.fulfillment() == Fulfillment.SHIP) {
                Explanation explanation = run.sourcer().explain(order);
                assertThat(explanation.nodes()).hasSize(run.scenario().nodes().size());
                for (NodeVerdict verdict : explanation.nodes()) {
                    if (verdict.verdict() == Verdict.BEATEN_ON_COST
                            && verdict.bestObjectiveWithNode().getAsDouble() < OrderProblem.NO_PARTIAL_PENALTY) {
                        double expected = bruteForce.optimum(order, run.profile(), verdict.nodeId());
                        assertThat(verdict.bestObjectiveWithNode().getAsDouble())
                                .as("seed %d order %s node %s", seed, order.orderId(), verdict.nodeId())
                                .isCloseTo(expected, within(1e-6));
                        assertThat(verdict.costDelta().getAsDouble()).isGreaterThanOrEqualTo(-1e-9);
                    }
                }
            }
            run.sourcer().source(order);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void builtInDefaultRulesAlsoMatchBruteForce(long seed) {
        Scenario scenario = RandomScenarios.generate(seed).withRules(java.util.Optional.of(RuleSet.builtIn()));
        NetworkModel network = NetworkModel.of(scenario);
        InventoryLedger inventory = InventoryLedger.of(network, scenario.inventory());
        CapacityLedger capacity = CapacityLedger.of(network);
        Sourcer sourcer = Sourcer.create(network, inventory, capacity, RuleSet.builtIn());
        BruteForce bruteForce = new BruteForce(scenario, inventory, capacity);
        for (Order order : scenario.orders()) {
            if (order.fulfillment() == Fulfillment.SHIP) {
                double expected = bruteForce.optimum(order, RuleSet.BUILT_IN_DEFAULT, null);
                assertThat(sourcer.source(order).objective()).as("seed %d order %s", seed, order.orderId())
                        .isCloseTo(expected, within(1e-6));
            }
        }
    }
}
