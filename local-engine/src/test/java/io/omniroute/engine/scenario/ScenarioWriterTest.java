package io.omniroute.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {

    @TempDir
    Path temp;

    @Test
    void writesAFolderThatReadsBackEqual() throws IOException {
        Path dir = temp.resolve("tiny");

        ScenarioWriter.write(TinyScenario.expected(), dir);

        assertThat(ScenarioReader.read(dir)).isEqualTo(TinyScenario.expected());
    }

    @Test
    void roundTripsTextThatNeedsQuotingAndAwkwardNumbers() throws IOException {
        Scenario tricky = withTrickyValues(TinyScenario.expected());
        Path dir = temp.resolve("tricky");

        ScenarioWriter.write(tricky, dir);

        assertThat(ScenarioReader.read(dir)).isEqualTo(tricky);
    }

    @Test
    void roundTripsRules() throws IOException {
        RuleSet rules = RulesReader.parse("""
                profiles:
                  - name: same-day
                    when: {service_level: [SAME_DAY]}
                    filters: {exclude_nodes: [DC-1]}
                """, "rules.yaml");
        Scenario scenario = TinyScenario.expected().withRules(Optional.of(rules));
        Path dir = temp.resolve("ruled");

        ScenarioWriter.write(scenario, dir);

        assertThat(ScenarioReader.read(dir)).isEqualTo(scenario);
    }

    @Test
    void writesColumnsInTheDocumentedOrderWithCustomerNameLast() throws IOException {
        Path dir = temp.resolve("tiny");

        ScenarioWriter.write(TinyScenario.expected(), dir);

        assertThat(Files.readAllLines(dir.resolve("orders.csv"))).containsExactly(
                "order_id,created_at,channel,fulfillment,service_level,lat,lon,zip,pickup_node_id,customer_name",
                "O-1,2026-03-02T08:15:00Z,WEB,SHIP,STANDARD,42.36,-71.06,02108,,Ada Lovelace",
                "O-2,2026-03-02T09:00:00Z,APP,PICKUP,SAME_DAY,40.73,-73.99,10003,ST-1,");
    }

    @Test
    void writesNodesWithBlankUnlimitedCapacityAndSemicolonTags() throws IOException {
        Path dir = temp.resolve("tiny");

        ScenarioWriter.write(TinyScenario.expected(), dir);

        assertThat(Files.readAllLines(dir.resolve("nodes.csv"))).element(1)
                .isEqualTo("DC-1,East DC,DC,40.7128,-74.006,10001,true,false,false,true,,2.5,0.1,1,east;bulk");
    }

    @Test
    void replacesTheScenarioFilesOfAnExistingFolderAndKeepsOtherFiles() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("existing"));
        Files.writeString(dir.resolve("nodes.csv"), "stale");
        Files.writeString(dir.resolve("rules.yaml"), "stale");
        Files.writeString(dir.resolve("results.csv"), "kept");

        ScenarioWriter.write(TinyScenario.expected(), dir);

        assertThat(ScenarioReader.read(dir)).isEqualTo(TinyScenario.expected());
        assertThat(dir.resolve("rules.yaml")).doesNotExist();
        assertThat(dir.resolve("results.csv")).hasContent("kept");
    }

    @Test
    void leavesNoStagingFolderBehind() throws IOException {
        ScenarioWriter.write(TinyScenario.expected(), temp.resolve("tiny"));

        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries).extracting(path -> path.getFileName().toString()).containsExactly("tiny");
        }
    }

    @Test
    void leavesNothingBehindWhenAValueCannotBeWritten() throws IOException {
        Scenario broken = TinyScenario.expected();
        List<Sku> skus = new ArrayList<>(broken.skus());
        skus.set(0, new Sku("SKU-1", "Blue Mug", "kitchen", Double.NaN, 12.5));
        Scenario unwritable = new Scenario(broken.nodes(), skus, broken.inventory(), broken.zones(),
                broken.carriers(), broken.serviceLevels(), broken.orders(), broken.rules());

        assertThatThrownBy(() -> ScenarioWriter.write(unwritable, temp.resolve("tiny")))
                .isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void refusesATagThatWouldNotReadBack() {
        Scenario scenario = TinyScenario.expected();
        List<Node> nodes = List.of(new Node("DC-1", "East DC", NodeType.DC, 40, -74, "10001", true, false, false,
                true, OptionalInt.empty(), 2.5, 0.1, 1, List.of("east;west")));
        Scenario unwritable = new Scenario(nodes, scenario.skus(), List.of(), scenario.zones(), scenario.carriers(),
                scenario.serviceLevels(), List.of(), Optional.empty());

        assertThatThrownBy(() -> ScenarioWriter.write(unwritable, temp.resolve("tiny")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node DC-1 has tag \"east;west\"");
    }

    private static Scenario withTrickyValues(Scenario scenario) {
        List<Sku> skus = List.of(
                new Sku("SKU-1", "Mug, \"large\"\nblue", "kitchen; home", 0.1 + 0.2, 1e-7),
                new Sku("SKU-2", "Lampe für Büro 東京", "", 123456789.125, 0));
        Order order = scenario.orders().get(0);
        Order tricky = new Order(order.orderId(), Instant.parse("2026-03-02T08:15:30.123Z"), "web,mobile",
                Fulfillment.SHIP, order.serviceLevel(), -0.0, 179.999999, "00501", Optional.empty(),
                "O'Brien, \"Pat\"", List.of(new OrderLine(1, "SKU-2", 7)));
        List<Order> orders = List.of(tricky, scenario.orders().get(1));
        return new Scenario(scenario.nodes(), skus, scenario.inventory(), scenario.zones(), scenario.carriers(),
                scenario.serviceLevels(), orders, Optional.empty());
    }
}
