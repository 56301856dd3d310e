package io.omniroute.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.omniroute.engine.scenario.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesValidationTest {

    /** Each snippet goes on line 3, inside the only profile. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            colour: red                                   | profiles[0].colour                          | unknown key 'colour': allowed keys here are name, when, filters, objective, constraints, fallback
            fallbak: standard                             | profiles[0].fallbak                         | did you mean 'fallback'?
            objective: {split_penaly: 5}                  | profiles[0].objective.split_penaly          | did you mean 'split_penalty'?
            when: {channel: WEB, chanel: APP}             | profiles[0].when.chanel                     | allowed keys here are channel, fulfillment, service_level, order_value
            name: second                                  | profiles[0].name                            | key 'name' appears twice (first on line 2)
            objective: {split_penalty: -5}                | profiles[0].objective.split_penalty         | split_penalty is -5: must be >= 0
            objective: {unfilled_penalty: -0.5}           | profiles[0].objective.unfilled_penalty      | unfilled_penalty is -0.5: must be >= 0
            objective: {split_penalty: lots}              | profiles[0].objective.split_penalty         | expected a number, found the text 'lots'
            objective: {split_penalty: '5'}               | profiles[0].objective.split_penalty         | expected a number, found the text '5'
            objective: {split_penalty: .inf}              | profiles[0].objective.split_penalty         | expected a finite number, found '.inf'
            objective: {node_type_bias: {STORE: -2}}      | profiles[0].objective.node_type_bias.STORE  | the bias for STORE is -2: must be >= 0 (the optimizer relies on non-negative costs; to prefer STORE, put a positive bias on the types to avoid instead)
            objective: {node_type_bias: {STROE: 2}}       | profiles[0].objective.node_type_bias.STROE  | unknown key 'STROE' (did you mean 'STORE'?)
            objective: {node_type_bias: [STORE]}          | profiles[0].objective.node_type_bias        | expected a mapping with the keys DC, STORE, DARK_STORE, DROPSHIP_VENDOR, THREE_PL, found a list
            filters: {max_distance_km: -10}               | profiles[0].filters.max_distance_km         | max_distance_km is -10: must be >= 0
            filters: {node_types: [DC, WAREHOUSE]}        | profiles[0].filters.node_types              | unknown node type 'WAREHOUSE': expected one of DC, STORE, DARK_STORE, DROPSHIP_VENDOR, THREE_PL
            filters: {node_types: [store]}                | profiles[0].filters.node_types              | unknown node type 'store' (did you mean 'STORE'?)
            filters: {exclude_nodes: [ST-1, ~]}           | profiles[0].filters.exclude_nodes           | expected a text value, found nothing
            filters: [DC]                                 | profiles[0].filters                         | expected a mapping with the keys node_types, max_distance_km, exclude_nodes, exclude_tags, found a list
            when: {fulfillment: DELIVERY}                 | profiles[0].when.fulfillment                | unknown fulfillment 'DELIVERY': expected one of SHIP, PICKUP
            when: {channel: [WEB, '']}                    | profiles[0].when.channel                    | is blank
            when: {service_level: {name: X}}             | profiles[0].when.service_level              | expected a text value, found a mapping
            when: {order_value: {min: 500, max: 100}}     | profiles[0].when.order_value                | min 500 is not below max 100
            when: {order_value: {min: 100, max: 100}}     | profiles[0].when.order_value                | min 100 is not below max 100
            when: {order_value: 100}                      | profiles[0].when.order_value                | expected a mapping with the keys min, max, found '100'
            when: {order_value: {min: 0, top: 9}}         | profiles[0].when.order_value.top            | unknown key 'top'
            constraints: {max_shipments: 0}               | profiles[0].constraints.max_shipments       | max_shipments is 0: must be a whole number >= 1
            constraints: {max_shipments: 2.5}             | profiles[0].constraints.max_shipments       | expected a whole number, found '2.5'
            constraints: {allow_partial: maybe}           | profiles[0].constraints.allow_partial       | expected true or false, found the text 'maybe'
            fallback: first                               | profiles[0].fallback                        | profiles[0] 'first' falls back to itself
            fallback: standard                            | profiles[0].fallback                        | fallback 'standard' is not a profile name: known profiles are first
            """)
    void aWrongValueIsReportedAtItsLineAndField(String snippet, String field, String message) {
        InputProblem problem = RulesProblems.only("profiles:\n  - name: first\n    " + snippet + "\n");

        assertThat(problem.file()).isEqualTo("rules.yaml");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.message()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            version: 0                   | version   | version is 0: must be a whole number >= 1
            version: two                 | version   | expected a whole number, found the text 'two'
            name: ''                     | name      | is blank
            tags: [x]                    | tags      | unknown key 'tags': allowed keys here are name, version, profiles
            """)
    void wrongMetadataIsReportedAtItsLineAndField(String snippet, String field, String message) {
        InputProblem problem = RulesProblems.only(snippet + "\nprofiles:\n  - name: standard\n");

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.message()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            name: holiday                | 1 | profiles | there is no profiles list
            profiles: []                 | 1 | profiles | the profiles list is empty
            profiles: standard           | 1 | profiles | expected a list of profiles
            - name: standard             | 1 | ""       | expected a mapping with the keys name, version, profiles, found a list
            just words                   | 1 | ""       | expected a mapping with the keys name, version, profiles, found the text 'just words'
            """)
    void theTopLevelMustBeAMappingWithAProfilesList(String yaml, int line, String field, String message) {
        InputProblem problem = RulesProblems.only(yaml + "\n");

        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.message()).contains(message);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(RulesProblems.only("# nothing here\n").message()).startsWith("is empty");
    }

    @Test
    void aProfileWithoutANameIsReportedAtTheProfile() {
        InputProblem problem = RulesProblems.only("profiles:\n  - when: {channel: WEB}\n  - name: b\n");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.field()).isEqualTo("profiles[0].name");
        assertThat(problem.message()).contains("has no name");
    }

    @Test
    void aProfileThatIsNotAMappingIsReported() {
        InputProblem problem = RulesProblems.only("profiles:\n  - standard\n  - name: b\n");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.field()).isEqualTo("profiles[0]");
        assertThat(problem.message()).contains("found the text 'standard'");
    }

    @Test
    void aSyntaxErrorIsReportedAtTheLineYamlStumbledOn() {
        InputProblem problem = RulesProblems.only("profiles:\n  - name: a\n    when: channel: WEB\n");

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).startsWith("is not valid YAML: mapping values are not allowed here");
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpened() {
        InputProblem problem = RulesProblems.only("profiles:\n  - name: a\n    when: {channel: [WEB\n\n\n");

        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void tabIndentationGetsAHintAboutSpaces() {
        InputProblem problem = RulesProblems.only("profiles:\n\t- name: a\n");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("indent with spaces, not tabs");
    }

    @Test
    void aWrongKeyDeepInABlockIsReportedAtItsOwnLine() {
        String yaml = """
                profiles:
                  - name: same-day
                    objective:
                      split_penalty: 5
                      unfiled_penalty: 80
                """;

        InputProblem problem = RulesProblems.only(yaml);

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.field()).isEqualTo("profiles[0].objective.unfiled_penalty");
        assertThat(problem.message()).contains("did you mean 'unfilled_penalty'?");
    }

    @Test
    void everyProblemInAFileIsReportedInLineOrder() {
        String yaml = """
                version: 0
                profiles:
                  - name: same-day
                    when: {fulfillment: DELIVERY}
                    objective: {split_penalty: -1}
                    fallback: standrad
                  - name: standard
                    constraints: {max_shipments: 0, allow_partial: sometimes}
                """;

        List<InputProblem> problems = RulesProblems.of(yaml);

        assertThat(problems).extracting(InputProblem::line, InputProblem::field).containsExactly(
                tuple(1, "version"),
                tuple(4, "profiles[0].when.fulfillment"),
                tuple(5, "profiles[0].objective.split_penalty"),
                tuple(6, "profiles[0].fallback"),
                tuple(8, "profiles[1].constraints.max_shipments"),
                tuple(8, "profiles[1].constraints.allow_partial"));
    }

    @Test
    void theProblemTextNamesFileLineFieldAndValue() {
        InputProblem problem = RulesProblems.only("profiles:\n  - name: a\n    objective: {split_penalty: -5}\n");

        assertThat(problem.toString()).startsWith(
                "rules.yaml line 3 field profiles[0].objective.split_penalty: split_penalty is -5: must be >= 0");
    }
}
