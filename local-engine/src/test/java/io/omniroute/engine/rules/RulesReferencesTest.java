package io.omniroute.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesReferencesTest {

    private static final String RULES = """
            profiles:
              - name: same-day
                when: {service_level: [SAME_DAY, SAMEDAY]}
                filters: {exclude_nodes: [ST-0042, ST-9999, DC-1]}
              - name: standard
                filters: {exclude_nodes: [GHOST]}
            """;
    private static final Set<String> NODES = Set.of("DC-1", "ST-0042", "ST-0999");
    private static final Set<String> SERVICE_LEVELS = Set.of("SAME_DAY", "NEXT_DAY", "STANDARD");

    @Test
    void rulesNamingOnlyKnownNodesAndServiceLevelsPass() {
        RuleSet rules = RulesReader.parse(
                "profiles:\n  - name: a\n    when: {service_level: NEXT_DAY}\n    filters: {exclude_nodes: [DC-1]}\n",
                "rules.yaml");

        assertThatCode(() -> RulesReader.checkReferences(rules, NODES, SERVICE_LEVELS)).doesNotThrowAnyException();
    }

    @Test
    void everyUnknownNodeAndServiceLevelIsListedAtItsProfile() {
        RuleSet rules = RulesReader.parse(RULES, "rules.yaml");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> RulesReader.checkReferences(rules, NODES, SERVICE_LEVELS));

        assertThat(refused.problems()).extracting(InputProblem::file, InputProblem::field).containsExactly(
                tuple("rules.yaml", "profiles[0].filters.exclude_nodes"),
                tuple("rules.yaml", "profiles[0].when.service_level"),
                tuple("rules.yaml", "profiles[1].filters.exclude_nodes"));
    }

    @Test
    void anUnknownNodeMessageSuggestsTheNearestId() {
        RuleSet rules = RulesReader.parse(RULES, "rules.yaml");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> RulesReader.checkReferences(rules, NODES, SERVICE_LEVELS));

        assertThat(refused.problems().get(0).message()).isEqualTo("profile 'same-day' excludes node 'ST-9999', "
                + "which is not in the network (did you mean 'ST-0999'?): use an id from nodes.csv "
                + "(DC-1, ST-0042, ST-0999)");
    }

    @Test
    void anUnknownServiceLevelMessageSuggestsTheNearestName() {
        RuleSet rules = RulesReader.parse(RULES, "rules.yaml");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> RulesReader.checkReferences(rules, NODES, SERVICE_LEVELS));

        assertThat(refused.problems().get(1).message()).isEqualTo("profile 'same-day' matches service level "
                + "'SAMEDAY', which is not defined (did you mean 'SAME_DAY'?): use a defined service level "
                + "(NEXT_DAY, SAME_DAY, STANDARD)");
    }
}
