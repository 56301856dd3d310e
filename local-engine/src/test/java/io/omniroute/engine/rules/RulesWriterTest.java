package io.omniroute.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.NodeType;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesWriterTest {

    @Test
    void theFullExampleSurvivesAWriteReadRoundTrip() {
        RuleSet rules = RulesReader.parse(RulesReaderTest.FULL_EXAMPLE, "rules.yaml");

        assertThat(RulesReader.parse(RulesWriter.toYaml(rules), "rules.yaml")).isEqualTo(rules);
    }

    @Test
    void theBuiltInDefaultSurvivesAWriteReadRoundTrip() {
        assertThat(RulesReader.parse(RulesWriter.toYaml(RuleSet.builtIn()), "rules.yaml"))
                .isEqualTo(RuleSet.builtIn());
    }

    @Test
    void awkwardNamesAndFractionsSurviveAWriteReadRoundTrip() {
        Profile odd = new Profile(
                "Black Friday: \"big\" \\ sale",
                new Match(Set.of("yes", "42", "null", "-web", "a,b", "ÄPP"), Set.of(Fulfillment.PICKUP),
                        Set.of("2026-01-01"), OptionalDouble.of(0.1), OptionalDouble.empty()),
                new Filters(Set.of(), OptionalDouble.of(1e-7), Set.of("ST 1", "#2"), Set.of("tag: x")),
                new Objective(1e20, 0.3, Map.of(NodeType.THREE_PL, 12.345, NodeType.DC, 0.0)),
                new Constraints(1, false),
                Optional.of("plain"));
        Profile plain = new Profile("plain", Match.ANY, Filters.NONE, new Objective(0, 50, Map.of()),
                new Constraints(3, true), Optional.empty());
        RuleSet rules = new RuleSet(List.of(odd, plain));

        assertThat(RulesReader.parse(RulesWriter.toYaml(rules), "rules.yaml")).isEqualTo(rules);
    }

    @Test
    void theOutputIsReadableAndSorted() {
        RuleSet rules = RulesReader.parse(RulesReaderTest.FULL_EXAMPLE, "rules.yaml");

        assertThat(RulesWriter.toYaml(rules)).endsWith("""
                profiles:
                  - name: same-day
                    when:
                      channel: [APP, WEB]
                      fulfillment: [SHIP]
                      service_level: [SAME_DAY]
                      order_value: {min: 0, max: 500}
                    filters:
                      node_types: [STORE, DARK_STORE]
                      max_distance_km: 60
                      exclude_nodes: [ST-0042]
                      exclude_tags: [no-ship]
                    objective:
                      split_penalty: 5
                      unfilled_penalty: 50
                      node_type_bias: {STORE: 2}
                    constraints:
                      max_shipments: 2
                      allow_partial: true
                    fallback: standard
                  - name: standard
                    objective:
                      split_penalty: 0
                      unfilled_penalty: 50
                    constraints:
                      max_shipments: 3
                      allow_partial: true
                """);
    }

    @Test
    void writingTwiceGivesTheSameText() {
        RuleSet rules = RulesReader.parse(RulesReaderTest.FULL_EXAMPLE, "rules.yaml");

        assertThat(RulesWriter.toYaml(RulesReader.parse(RulesWriter.toYaml(rules), "rules.yaml")))
                .isEqualTo(RulesWriter.toYaml(rules));
    }

    @Test
    void writeSendsTheSameTextToAWriter() {
        StringWriter out = new StringWriter();

        RulesWriter.write(RuleSet.builtIn(), out);

        assertThat(out).hasToString(RulesWriter.toYaml(RuleSet.builtIn()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            60.0     | 60
            2.5      | 2.5
            0.1      | 0.1
            -0.0     | 0
            0.0001   | 0.0001
            1.0E-7   | 1.0E-7
            1.0E20   | 1.0E20
            12345.67 | 12345.67
            """)
    void numbersAreWrittenInShortPlainForm(double value, String written) {
        assertThat(YamlNumbers.format(value)).isEqualTo(written);
    }
}
