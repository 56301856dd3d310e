package io.omniroute.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.sourcing.RandomScenarios;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationOutputTest {

    @TempDir
    Path temp;

    private static Scenario scenario() {
        List<Order> orders = new ArrayList<>();
        for (long s = 1; s <= 40; s++) {
            long seed = s;
            // Many random orders over one network: take the network of seed 7 and the orders of all seeds.
            orders.addAll(RandomScenarios.generate(seed).orders().stream()
                    .map(o -> new Order(o.orderId() + "-" + seed, o.createdAt().plusSeconds(seed), o.channel(),
                            o.fulfillment(), o.serviceLevel(), o.lat(), o.lon(), o.zip(), Optional.empty(), "",
                            o.lines().stream().map(l -> new OrderLine(l.lineNo(), "S0", l.qty())).toList()))
                    .filter(o -> o.fulfillment() == io.omniroute.engine.model.Fulfillment.SHIP).toList());
        }
        return RandomScenarios.generate(7).withOrders(orders);
    }

    @Test
    void sameScenarioGivesByteIdenticalResultFiles() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        SimulationOutput.write(Simulator.of(scenario(), Optional.empty()), first, ProgressListener.NONE);
        SimulationOutput.write(Simulator.of(scenario(), Optional.empty()), second, ProgressListener.NONE);

        for (String file : List.of("allocations.csv", "shipments.csv", "exceptions.csv", "kpis.json")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void everyOrderedUnitIsEitherAllocatedOrAnException() throws IOException {
        Path out = temp.resolve("out");
        Kpis kpis = SimulationOutput.write(Simulator.of(scenario(), Optional.empty()), out, ProgressListener.NONE);

        long allocated = sumColumn(out.resolve("allocations.csv"), 3);
        long unfilled = sumColumn(out.resolve("exceptions.csv"), 3);
        assertThat(allocated).isEqualTo(kpis.unitsFilled());
        assertThat(allocated + unfilled).isEqualTo(kpis.unitsOrdered());
        assertThat(kpis.orders()).isEqualTo(scenario().orders().size());
    }

    private static long sumColumn(Path csv, int column) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.skip(1).mapToLong(line -> Long.parseLong(line.split(",")[column])).sum();
        }
    }

    @Test
    void failedRunLeavesNoResultFiles() throws IOException {
        Scenario scenario = scenario();
        List<Order> orders = new ArrayList<>(scenario.orders());
        Order last = orders.get(orders.size() - 1);
        orders.add(new Order("ZZ-BAD", last.createdAt().plusSeconds(60), "WEB", last.fulfillment(),
                last.serviceLevel(), last.lat(), last.lon(), "", Optional.empty(), "",
                List.of(new OrderLine(1, "NO-SUCH-SKU", 1))));
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> SimulationOutput.write(Simulator.of(scenario.withOrders(orders), Optional.empty()),
                out, ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-SUCH-SKU");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("no hidden partial folder is left").isEmpty();
        }
    }

    @Test
    void resultFolderBlockedByAFolderIsRefusedBeforeAnyWork() throws IOException {
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("shipments.csv"));

        assertThatThrownBy(() -> SimulationOutput.write(Simulator.of(scenario(), Optional.empty()), out,
                ProgressListener.NONE)).isInstanceOf(io.omniroute.engine.scenario.InvalidInputException.class)
                .hasMessageContaining("shipments.csv");
        assertThat(out.resolve("allocations.csv")).doesNotExist();
    }

    @Test
    void rerunReplacesEveryResultFile() throws IOException {
        Path out = temp.resolve("out");
        SimulationOutput.write(Simulator.of(scenario(), Optional.empty()), out, ProgressListener.NONE);
        Files.writeString(out.resolve("kpis.json"), "stale");

        SimulationOutput.write(Simulator.of(scenario(), Optional.empty()), out, ProgressListener.NONE);

        assertThat(Files.readString(out.resolve("kpis.json"))).contains("\"orders\"");
    }

    @Test
    void ordersAreSourcedByCreationTimeThenId() {
        List<String> seen = new ArrayList<>();
        Simulator.of(scenario(), Optional.empty()).run((order, decision) -> seen.add(order.createdAt() + order.orderId()),
                ProgressListener.NONE);

        assertThat(seen).isSorted();
    }

    @Test
    void explainShowsTheDecisionSimulateMakes() {
        Simulator simulator = Simulator.of(scenario(), Optional.empty());
        List<SourcingDecision> decisions = new ArrayList<>();
        simulator.run((order, decision) -> decisions.add(decision), ProgressListener.NONE);
        SourcingDecision tenth = decisions.get(10);

        SourcingDecision explained = Simulator.of(scenario(), Optional.empty()).explain(tenth.orderId())
                .orElseThrow().decision();

        assertThat(explained).isEqualTo(tenth);
    }
}
