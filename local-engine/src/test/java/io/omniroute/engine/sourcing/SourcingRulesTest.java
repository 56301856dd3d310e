package io.omniroute.engine.sourcing;

import static io.omniroute.engine.sourcing.TinyNetwork.line;
import static io.omniroute.engine.sourcing.TinyNetwork.pickup;
import static io.omniroute.engine.sourcing.TinyNetwork.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.rules.Constraints;
import io.omniroute.engine.rules.Filters;
import io.omniroute.engine.rules.Match;
import io.omniroute.engine.rules.Objective;
import io.omniroute.engine.rules.Profile;
import io.omniroute.engine.rules.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourcingRulesTest {

    private static Profile profile(String name, Filters filters, Constraints constraints, Optional<String> fallback) {
        return new Profile(name, Match.ANY, filters, new Objective(0, 50, Map.of()), constraints, fallback);
    }

    private static Filters onlyTypes(NodeType... types) {
        return new Filters(Set.of(types), OptionalDouble.empty(), Set.of(), Set.of());
    }

    @Test
    void cheapestNodeShipsTheWholeOrder() {
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 10, 0).stock("ST-CHI", "A", 10, 0)
                .sourcer(RuleSet.builtIn());

        SourcingDecision decision = sourcer.source(ship("O1", "STANDARD", line(1, "A", 2)));

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.nodeId()).isEqualTo("DC-JOL");
            assertThat(s.carrier() + " " + s.service()).isEqualTo("PARCELCO GROUND");
            assertThat(s.totalCost()).isEqualTo(2.5 + 0.3 * 2 + 5.0 + 0.5 * 2);
        });
        assertThat(decision.exceptions()).isEmpty();
    }

    @Test
    void safetyStockIsNeverPromised() {
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 3, 2).sourcer(RuleSet.builtIn());

        SourcingDecision decision = sourcer.source(ship("O1", "STANDARD", line(1, "A", 2)));

        assertThat(decision.unitsFilled()).isEqualTo(1);
        assertThat(decision.exceptions()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(ExceptionType.NO_STOCK));
    }

    @Test
    void splitsAcrossNodesWhenNoSingleNodeHoldsEverything() {
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 5, 0).stock("DS-CHI", "B", 5, 0)
                .sourcer(RuleSet.builtIn());

        SourcingDecision decision = sourcer.source(ship("O1", "STANDARD", line(1, "A", 1), line(2, "B", 1)));

        assertThat(decision.shipments()).extracting(Shipment::nodeId).containsExactly("DC-JOL", "DS-CHI");
    }

    @Test
    void maxShipmentsLeavesTheRestAsPartial() {
        RuleSet rules = new RuleSet(List.of(profile("one", Filters.NONE, new Constraints(1, true), Optional.empty())));
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 5, 0).stock("DS-CHI", "B", 5, 0).sourcer(rules);

        SourcingDecision decision = sourcer.source(ship("O1", "STANDARD", line(1, "A", 1), line(2, "B", 1)));

        assertThat(decision.shipments()).hasSize(1);
        assertThat(decision.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ExceptionType.PARTIAL);
            assertThat(e.reason()).contains("max_shipments 1");
        });
    }

    @Test
    void noPartialProfileAllocatesNothingWhenTheOrderCannotBeFilled() {
        RuleSet rules = new RuleSet(List.of(profile("whole", Filters.NONE, new Constraints(3, false), Optional.empty())));
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 5, 0).sourcer(rules);

        SourcingDecision decision = sourcer.source(ship("O1", "STANDARD", line(1, "A", 1), line(2, "B", 1)));

        assertThat(decision.shipments()).isEmpty();
        assertThat(decision.exceptions()).extracting(LineException::type)
                .containsExactly(ExceptionType.PARTIAL, ExceptionType.NO_STOCK);
    }

    @Test
    void profileThatFillsNothingFallsBackToItsFallback() {
        RuleSet rules = new RuleSet(List.of(
                profile("dark-only", onlyTypes(NodeType.DARK_STORE), new Constraints(3, true), Optional.of("any")),
                profile("any", Filters.NONE, new Constraints(3, true), Optional.empty())));
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 5, 0).sourcer(rules);

        SourcingDecision decision = sourcer.source(ship("O1", "STANDARD", line(1, "A", 1)));

        assertThat(decision.profile()).isEqualTo("any");
        assertThat(decision.attempts()).extracting(ProfileAttempt::profile, ProfileAttempt::unitsFilled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dark-only", 0),
                        org.assertj.core.groups.Tuple.tuple("any", 1));
        assertThat(decision.attempts().get(1).reached()).isEqualTo("fallback of dark-only");
    }

    @Test
    void pickupShortfallIsAnExceptionNeverAMoveToAnotherStore() {
        Sourcer sourcer = new TinyNetwork().stock("ST-CHI", "A", 1, 0).stock("DS-CHI", "A", 10, 0)
                .stock("DC-JOL", "A", 10, 0).sourcer(RuleSet.builtIn());

        SourcingDecision decision = sourcer.source(pickup("O1", "ST-CHI", line(1, "A", 3)));

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.nodeId()).isEqualTo("ST-CHI");
            assertThat(s.units()).isEqualTo(1);
            assertThat(s.carrier()).isEmpty();
        });
        assertThat(decision.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ExceptionType.PICKUP_SHORT);
            assertThat(e.qtyUnfilled()).isEqualTo(2);
        });
    }

    @Test
    void pickupsDoNotUseShippingCapacity() {
        Sourcer sourcer = new TinyNetwork().stock("ST-CHI", "A", 10, 0).sourcer(RuleSet.builtIn());
        for (int i = 0; i < 5; i++) {
            sourcer.source(pickup("P" + i, "ST-CHI", line(1, "A", 1)));
        }

        SourcingDecision shipFromStore = sourcer.source(ship("O1", "STANDARD", line(1, "A", 1)));

        assertThat(shipFromStore.shipments()).singleElement()
                .satisfies(s -> assertThat(s.nodeId()).isEqualTo("ST-CHI"));
    }

    @Test
    void fullNodesRaiseCapacityExceptions() {
        RuleSet storesOnly = new RuleSet(List.of(profile("stores", onlyTypes(NodeType.STORE), new Constraints(3, true),
                Optional.empty())));
        Sourcer sourcer = new TinyNetwork().stock("ST-CHI", "A", 10, 0).sourcer(storesOnly);
        sourcer.source(ship("O1", "STANDARD", line(1, "A", 1)));
        sourcer.source(ship("O2", "STANDARD", line(1, "A", 1)));

        SourcingDecision third = sourcer.source(ship("O3", "STANDARD", line(1, "A", 1)));

        assertThat(third.exceptions()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(ExceptionType.CAPACITY));
    }

    @Test
    void promiseNoServiceCanKeepIsSlaInfeasible() {
        Sourcer sourcer = new TinyNetwork().stock("DC-DAL", "A", 10, 0).sourcer(RuleSet.builtIn());

        SourcingDecision decision = sourcer.source(ship("O1", "NEXT_DAY", line(1, "A", 1)));

        assertThat(decision.exceptions()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(ExceptionType.SLA_INFEASIBLE));
    }

    @Test
    void fasterDearerServiceIsChosenWhenOnlyItKeepsThePromise() {
        Sourcer sourcer = new TinyNetwork().stock("DC-DAL", "A", 10, 0).sourcer(RuleSet.builtIn());

        SourcingDecision decision = sourcer.source(ship("O1", "STANDARD", line(1, "A", 1)));
        SourcingDecision fast = new TinyNetwork().stock("DC-DAL", "A", 10, 0).sourcer(RuleSet.builtIn())
                .source(ship("O2", "TWO_DAY", line(1, "A", 1)));

        assertThat(decision.shipments().get(0).service()).isEqualTo("GROUND");
        assertThat(fast.shipments()).singleElement().satisfies(s -> {
            assertThat(s.service()).isEqualTo("OVERNIGHT");
            assertThat(s.promisedDays()).isEqualTo(2);
        });
    }

    @Test
    void sameDayOrdersShipOnlyFromSameDayNodes() {
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 10, 0).stock("DS-CHI", "A", 10, 0)
                .sourcer(RuleSet.builtIn());

        SourcingDecision decision = sourcer.source(ship("O1", "SAME_DAY", line(1, "A", 1)));

        assertThat(decision.shipments()).singleElement().satisfies(s -> {
            assertThat(s.nodeId()).isEqualTo("DS-CHI");
            assertThat(s.service()).isEqualTo("SAME_DAY");
            assertThat(s.promisedDays()).isZero();
        });
    }

    @Test
    void sourcingReservesWhatItAllocates() {
        TinyNetwork tiny = new TinyNetwork().stock("DC-JOL", "A", 3, 0);
        Sourcer sourcer = tiny.sourcer(RuleSet.builtIn());
        sourcer.source(ship("O1", "STANDARD", line(1, "A", 2)));

        SourcingDecision second = sourcer.source(ship("O2", "STANDARD", line(1, "A", 2)));

        assertThat(second.unitsFilled()).isEqualTo(1);
    }

    @Test
    void decideLeavesStockUntouched() {
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 2, 0).sourcer(RuleSet.builtIn());
        sourcer.decide(ship("O1", "STANDARD", line(1, "A", 2)));

        assertThat(sourcer.decide(ship("O2", "STANDARD", line(1, "A", 2))).unitsFilled()).isEqualTo(2);
    }

    @Test
    void explanationNamesTheRuleThatFilteredANode() {
        RuleSet rules = new RuleSet(List.of(profile("no-stores", onlyTypes(NodeType.DC, NodeType.DARK_STORE),
                new Constraints(3, true), Optional.empty())));
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 5, 0).stock("ST-CHI", "A", 5, 0).sourcer(rules);

        Explanation explanation = sourcer.explain(ship("O1", "STANDARD", line(1, "A", 1)));

        assertThat(explanation.nodes()).filteredOn(v -> v.nodeId().equals("ST-CHI")).singleElement().satisfies(v -> {
            assertThat(v.verdict()).isEqualTo(Verdict.FILTERED);
            assertThat(v.detail()).contains("STORE").contains("no-stores");
        });
    }

    @Test
    void explanationSaysHowMuchMoreABeatenNodeWouldCost() {
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 5, 0).stock("ST-CHI", "A", 5, 0)
                .sourcer(RuleSet.builtIn());

        Explanation explanation = sourcer.explain(ship("O1", "STANDARD", line(1, "A", 1)));

        NodeVerdict store = explanation.nodes().stream().filter(v -> v.nodeId().equals("ST-CHI")).findFirst()
                .orElseThrow();
        assertThat(store.verdict()).isEqualTo(Verdict.BEATEN_ON_COST);
        double storeCost = 5.0 + 1.0 + 5.0 + 0.5;
        double dcCost = 2.5 + 0.3 + 5.0 + 0.5;
        assertThat(store.costDelta().getAsDouble()).isCloseTo(storeCost - dcCost, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(explanation.nodes().get(0).verdict()).isEqualTo(Verdict.CHOSEN);
    }

    @Test
    void explanationCoversNodesWithoutStockOrService() {
        Sourcer sourcer = new TinyNetwork().stock("DC-DAL", "A", 5, 0).stock("DC-JOL", "B", 5, 0)
                .sourcer(RuleSet.builtIn());

        Explanation explanation = sourcer.explain(ship("O1", "NEXT_DAY", line(1, "A", 1)));

        assertThat(explanation.nodes()).extracting(NodeVerdict::nodeId, NodeVerdict::verdict).contains(
                org.assertj.core.groups.Tuple.tuple("DC-DAL", Verdict.NO_FEASIBLE_SERVICE),
                org.assertj.core.groups.Tuple.tuple("DC-JOL", Verdict.NO_STOCK));
    }

    @Test
    void shortPickupUnderANoPartialProfileCostsTheProfilesPenaltyNotTheInternalOne() {
        RuleSet rules = new RuleSet(List.of(profile("whole", Filters.NONE, new Constraints(3, false), Optional.empty())));
        Sourcer sourcer = new TinyNetwork().stock("ST-CHI", "A", 1, 0).sourcer(rules);

        SourcingDecision decision = sourcer.source(pickup("O1", "ST-CHI", line(1, "A", 2)));

        assertThat(decision.shipments()).isEmpty();
        assertThat(decision.objective()).isEqualTo(50.0 * 2);
    }

    @Test
    void pickupShortOnASecondLineOfTheSameSkuSaysWhatTheStoreHas() {
        Sourcer sourcer = new TinyNetwork().stock("ST-CHI", "A", 3, 0).sourcer(RuleSet.builtIn());

        SourcingDecision decision = sourcer.source(pickup("O1", "ST-CHI", line(1, "A", 2), line(2, "A", 2)));

        assertThat(decision.unitsFilled()).isEqualTo(3);
        assertThat(decision.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.lineNo()).isEqualTo(2);
            assertThat(e.reason()).contains("has ATP 3").doesNotContain("does not allow partial");
        });
    }

    @Test
    void absurdQuantityIsRefusedWithTheOrderAndLineNamed() {
        Sourcer sourcer = new TinyNetwork().stock("DC-JOL", "A", 5, 0).sourcer(RuleSet.builtIn());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sourcer.source(ship("O9", "STANDARD",
                line(1, "A", 2_000_000_000), line(2, "A", 2_000_000_000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order O9 line 1");
    }

    @Test
    void aNodeThatTiesWithTheChosenPlanIsSaidToTie() {
        TinyNetwork tiny = new TinyNetwork();
        tiny.nodes.add(new io.omniroute.engine.model.Node("DC-JOL2", "DC-JOL2", NodeType.DC, 41.525, -88.082,
                "60601", true, false, false, false, java.util.OptionalInt.empty(), 2.5, 0.3, 1, List.of()));
        Sourcer sourcer = tiny.stock("DC-JOL", "A", 5, 0).stock("DC-JOL2", "A", 5, 0).sourcer(RuleSet.builtIn());

        Explanation explanation = sourcer.explain(ship("O1", "STANDARD", line(1, "A", 1)));

        assertThat(explanation.nodes()).filteredOn(v -> v.verdict() == Verdict.BEATEN_ON_COST).singleElement()
                .satisfies(v -> assertThat(v.detail()).contains("ties with the chosen plan"));
    }
}
