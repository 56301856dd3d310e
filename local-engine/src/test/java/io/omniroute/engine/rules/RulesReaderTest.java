package io.omniroute.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesReaderTest {

    static final String FULL_EXAMPLE = """
            # optional metadata
            name: holiday-2026
            version: 3
            profiles:
              - name: same-day
                when:
                  channel: [WEB, APP]
                  fulfillment: SHIP
                  service_level: [SAME_DAY]
                  order_value: {min: 0, max: 500}
                filters:
                  node_types: [DARK_STORE, STORE]
                  max_distance_km: 60
                  exclude_nodes: [ST-0042]
                  exclude_tags: [no-ship]
                objective:
                  split_penalty: 5
                  unfilled_penalty: 50
                  node_type_bias: {STORE: 2.0}
                constraints:
                  max_shipments: 2
                  allow_partial: true
                fallback: standard
              - name: standard
            """;

    @Test
    void fullExampleParsesToTheExpectedProfiles() {
        RuleSet rules = RulesReader.parse(FULL_EXAMPLE, "rules.yaml");

        Profile sameDay = new Profile(
                "same-day",
                new Match(Set.of("WEB", "APP"), Set.of(Fulfillment.SHIP), Set.of("SAME_DAY"),
                        OptionalDouble.of(0), OptionalDouble.of(500)),
                new Filters(Set.of(NodeType.DARK_STORE, NodeType.STORE), OptionalDouble.of(60), Set.of("ST-0042"),
                        Set.of("no-ship")),
                new Objective(5, 50, Map.of(NodeType.STORE, 2.0)),
                new Constraints(2, true),
                Optional.of("standard"));
        Profile standard = new Profile("standard", Match.ANY, Filters.NONE, new Objective(0, 50, Map.of()),
                new Constraints(3, true), Optional.empty());
        assertThat(rules).isEqualTo(new RuleSet(List.of(sameDay, standard)));
    }

    @Test
    void aProfileWithOnlyANameGetsTheBuiltInDefaults() {
        RuleSet rules = RulesReader.parse("profiles:\n  - name: standard\n", "rules.yaml");

        Profile standard = rules.profiles().get(0);
        assertThat(standard.when()).isEqualTo(RuleSet.BUILT_IN_DEFAULT.when());
        assertThat(standard.filters()).isEqualTo(RuleSet.BUILT_IN_DEFAULT.filters());
        assertThat(standard.objective()).isEqualTo(RuleSet.BUILT_IN_DEFAULT.objective());
        assertThat(standard.constraints()).isEqualTo(RuleSet.BUILT_IN_DEFAULT.constraints());
        assertThat(standard.fallback()).isEmpty();
    }

    @Test
    void sectionsLeftEmptyOrNullMeanTheDefaults() {
        String yaml = """
                profiles:
                  - name: standard
                    when:
                    filters: {}
                    objective: ~
                    constraints: {max_shipments: null}
                    fallback: null
                """;

        Profile standard = RulesReader.parse(yaml, "rules.yaml").profiles().get(0);

        assertThat(standard).isEqualTo(new Profile("standard", Match.ANY, Filters.NONE,
                RuleSet.BUILT_IN_DEFAULT.objective(), RuleSet.BUILT_IN_DEFAULT.constraints(), Optional.empty()));
    }

    @Test
    void aSingleValueWhereAListIsAllowedReadsAsAOneElementSet() {
        String yaml = "profiles:\n  - name: web\n    when: {channel: WEB}\n    filters: {node_types: DC}\n";

        Profile web = RulesReader.parse(yaml, "rules.yaml").profiles().get(0);

        assertThat(web.when().channels()).containsExactly("WEB");
        assertThat(web.filters().nodeTypes()).containsExactly(NodeType.DC);
    }

    @Test
    void aPartialOrderValueRangeLeavesTheOtherEndOpen() {
        String yaml = "profiles:\n  - name: big\n    when: {order_value: {min: 1000}}\n";

        Match when = RulesReader.parse(yaml, "rules.yaml").profiles().get(0).when();

        assertThat(when.minValue()).hasValue(1000);
        assertThat(when.maxValue()).isEmpty();
    }

    @Test
    void allowPartialFalseIsRead() {
        String yaml = "profiles:\n  - name: whole\n    constraints: {allow_partial: false}\n";

        assertThat(RulesReader.parse(yaml, "rules.yaml").profiles().get(0).constraints().allowPartial()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            WEB   | SHIP   | SAME_DAY | 100  | same-day
            APP   | SHIP   | SAME_DAY | 499  | same-day
            APP   | SHIP   | SAME_DAY | 500  | standard
            STORE | SHIP   | SAME_DAY | 100  | standard
            WEB   | PICKUP | SAME_DAY | 100  | standard
            WEB   | SHIP   | GROUND   | 100  | standard
            """)
    void theFirstMatchingProfileSourcesTheOrder(
            String channel, Fulfillment fulfillment, String serviceLevel, double value, String expected) {
        RuleSet rules = RulesReader.parse(FULL_EXAMPLE, "rules.yaml");

        assertThat(rules.profileFor(channel, fulfillment, serviceLevel, value).name()).isEqualTo(expected);
    }

    @Test
    void anOrderNoProfileMatchesGetsTheBuiltInDefault() {
        String yaml = "profiles:\n  - name: web-only\n    when: {channel: WEB}\n";

        RuleSet rules = RulesReader.parse(yaml, "rules.yaml");

        assertThat(rules.profileFor("APP", Fulfillment.SHIP, "GROUND", 10)).isEqualTo(RuleSet.BUILT_IN_DEFAULT);
    }

    @Test
    void readTakesTheFileNameFromThePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("holiday-rules.yaml");
        Files.writeString(file, "profiles:\n  - name: standard\n    colour: red\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RulesReader.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::file).containsExactly("holiday-rules.yaml"));
    }

    @Test
    void readParsesAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, FULL_EXAMPLE, StandardCharsets.UTF_8);

        assertThat(RulesReader.read(file)).isEqualTo(RulesReader.parse(FULL_EXAMPLE, "rules.yaml"));
    }

    @Test
    void aMissingFileIsAnInputProblemNamingTheFile(@TempDir Path dir) {
        Path file = dir.resolve("rules.yaml");

        assertThatThrownBy(() -> RulesReader.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules.yaml")
                .hasMessageContaining("not found");
    }

    @Test
    void aFileThatIsNotUtf8IsAnInputProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.write(file, new byte[] {'p', ':', ' ', (byte) 0xff, (byte) 0xfe});

        assertThatThrownBy(() -> RulesReader.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("UTF-8");
    }
}
