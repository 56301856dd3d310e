package io.omniroute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.CachedException;
import io.omniroute.cache.CachedOrder;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the console plans with, read back from a cache the real sync client filled from the real server. */
class PlanningReadsIT {

    @TempDir
    Path folder;

    private EndToEndServer server;
    private Console console;
    private String planner;

    @BeforeEach
    void start() throws IOException {
        server = EndToEndServer.start(folder.resolve("server"));
        console = Console.open(folder.resolve("console"), server.url());
        planner = server.login("other");
    }

    @AfterEach
    void stop() {
        console.close();
        server.close();
    }

    @Test
    void theNetworkRateCardAndRulesComeBackAsTheScenarioHasThem() throws Exception {
        console.sync().runOnce();

        Scenario cached = console.store.read(tx -> tx.planning().network()).orElseThrow();

        Scenario scenario = server.scenario;
        assertThat(cached.nodes()).isEqualTo(scenario.nodes().stream().sorted(Comparator.comparing(Node::id))
                .toList());
        assertThat(cached.skus()).isEqualTo(scenario.skus().stream().sorted(Comparator.comparing(Sku::sku))
                .toList());
        assertThat(cached.zones()).isEqualTo(scenario.zones());
        assertThat(cached.carriers()).isEqualTo(scenario.carriers());
        assertThat(cached.serviceLevels()).isEqualTo(scenario.serviceLevels());
        assertThat(cached.rules()).isEqualTo(Optional.of(scenario.rules().orElseGet(RuleSet::builtIn)));
        assertThat(cached.inventory()).isEmpty();
    }

    @Test
    void anOrderComesBackWholeWithItsTimelineAndExceptions() throws Exception {
        server.createOrder(planner, "O-PLAN-1", 2);
        server.createOrder(planner, "O-PLAN-2", 500_000);
        console.sync().runOnce();

        CachedOrder sourced = console.store.read(tx -> tx.planning().order("O-PLAN-1")).orElseThrow();
        List<CachedException> open = console.store.read(tx -> tx.exceptions().open());

        assertThat(sourced.order().lines()).singleElement().satisfies(line -> assertThat(line.qty()).isEqualTo(2));
        assertThat(sourced.order().lat()).isEqualTo(40.7);
        assertThat(sourced.version()).isEqualTo(1);
        assertThat(sourced.allocations()).isNotEmpty().allSatisfy(a -> assertThat(a.carrier()).isNotEmpty());
        assertThat(sourced.events()).extracting(CachedOrder.Event::type).containsExactly("CREATED", "SOURCED");
        assertThat(open).filteredOn(e -> e.orderId().equals("O-PLAN-2")).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.isOpen()).isTrue();
                    assertThat(e.assignee()).isEmpty();
                    assertThat(e.version()).isEqualTo(1);
                });
        List<CachedOrder> created = console.store.read(tx -> tx.planning().ordersCreated(Instant.EPOCH,
                Instant.now().plusSeconds(5)));
        List<CachedOrder> sourcedOnly = console.store.read(tx -> tx.planning().ordersInStatus(Set.of("SOURCED"),
                Instant.EPOCH));
        assertThat(created).extracting(CachedOrder::orderId).contains("O-PLAN-1", "O-PLAN-2");
        assertThat(sourcedOnly).extracting(CachedOrder::orderId).contains("O-PLAN-1").doesNotContain("O-PLAN-2");
    }

    @Test
    void aTakenExceptionShowsItsAssignee() throws Exception {
        server.createOrder(planner, "O-TAKE-1", 500_000);
        console.sync().runOnce();
        CachedException first = console.store.read(tx -> tx.exceptions().ofOrder("O-TAKE-1")).get(0);
        server.post("/api/v1/commands", planner, UUID.randomUUID().toString(), """
                {"type": "TAKE_EXCEPTION", "target": "%s", "expected_version": 1, "payload": {}, "reason": ""}
                """.formatted(first.exceptionId())).expect(200);

        console.sync().runOnce();

        CachedException taken = console.store.read(tx -> tx.exceptions().byIds(List.of(first.exceptionId())))
                .get(0);
        assertThat(taken.assignee()).contains("other");
        assertThat(taken.takenAt()).isPresent();
        assertThat(taken.version()).isEqualTo(2);
    }
}
