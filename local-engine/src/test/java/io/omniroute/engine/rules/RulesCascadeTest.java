package io.omniroute.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.scenario.InputProblem;
import org.junit.jupiter.api.Test;

class RulesCascadeTest {

    @Test
    void aRepeatedProfileNameIsReportedAtTheSecondOne() {
        InputProblem problem = RulesProblems.only("profiles:\n  - name: a\n    when: {channel: WEB}\n  - name: a\n");

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.field()).isEqualTo("profiles[1].name");
        assertThat(problem.message()).isEqualTo("profiles[1] 'a' repeats the name of profiles[0] (line 2): "
                + "names must be unique, since fallbacks refer to profiles by name");
    }

    @Test
    void aBlankProfileNameIsRefused() {
        InputProblem problem = RulesProblems.only("profiles:\n  - name: '  '\n");

        assertThat(problem.field()).isEqualTo("profiles[0].name");
        assertThat(problem.message()).contains("is blank");
    }

    @Test
    void aFallbackToAnUnknownProfileSuggestsTheNearestName() {
        String yaml = """
                profiles:
                  - name: same-day
                    when: {service_level: SAME_DAY}
                    fallback: standrad
                  - name: standard
                """;

        InputProblem problem = RulesProblems.only(yaml);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.field()).isEqualTo("profiles[0].fallback");
        assertThat(problem.message()).isEqualTo("fallback 'standrad' is not a profile name (did you mean "
                + "'standard'?): known profiles are same-day, standard");
    }

    @Test
    void aFallbackCycleIsReportedOnceWithTheCycleSpeltOut() {
        String yaml = """
                profiles:
                  - name: a
                    when: {channel: WEB}
                    fallback: b
                  - name: b
                    when: {channel: APP}
                    fallback: a
                """;

        InputProblem problem = RulesProblems.only(yaml);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.field()).isEqualTo("profiles[0].fallback");
        assertThat(problem.message()).isEqualTo(
                "fallback cycle a -> b -> a: a chain of fallbacks must end at a profile without fallback");
    }

    @Test
    void aChainLeadingIntoACycleReportsOnlyTheCycle() {
        String yaml = """
                profiles:
                  - name: entry
                    when: {channel: WEB}
                    fallback: b
                  - name: b
                    when: {channel: APP}
                    fallback: c
                  - name: c
                    when: {channel: POS}
                    fallback: d
                  - name: d
                    when: {channel: CALL}
                    fallback: b
                """;

        InputProblem problem = RulesProblems.only(yaml);

        assertThat(problem.field()).isEqualTo("profiles[1].fallback");
        assertThat(problem.message()).startsWith("fallback cycle b -> c -> d -> b:");
    }

    @Test
    void aProfileAfterACatchAllIsNeverUsed() {
        String yaml = """
                profiles:
                  - name: everything
                  - name: same-day
                    when: {service_level: SAME_DAY}
                """;

        InputProblem problem = RulesProblems.only(yaml);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.field()).isEqualTo("profiles[1]");
        assertThat(problem.message()).startsWith(
                "profiles[1] 'same-day' is never used: profiles[0] 'everything' matches every order first");
    }

    @Test
    void anEmptyWhenMatchesEveryOrderToo() {
        String yaml = "profiles:\n  - name: everything\n    when: {}\n  - name: later\n";

        assertThat(RulesProblems.only(yaml).message()).contains("'later' is never used");
    }

    @Test
    void aProfileAfterACatchAllIsUsedWhenItIsAFallback() {
        String yaml = """
                profiles:
                  - name: same-day
                    when: {service_level: SAME_DAY}
                    fallback: wide
                  - name: standard
                    fallback: wide
                  - name: wide
                    filters: {max_distance_km: 2000}
                """;

        assertThat(RulesReader.parse(yaml, "rules.yaml").profiles()).hasSize(3);
    }

    @Test
    void aProfileOnlyAnUnusedProfileFallsBackToIsNeverUsed() {
        String yaml = """
                profiles:
                  - name: everything
                  - name: hidden
                    when: {channel: WEB}
                    fallback: also-hidden
                  - name: also-hidden
                """;

        assertThat(RulesProblems.of(yaml)).extracting(InputProblem::field, InputProblem::message)
                .anySatisfy(p -> assertThat(p.toList()).containsExactly("profiles[2]",
                        "profiles[2] 'also-hidden' is never used: profiles[0] 'everything' matches every order first, "
                                + "and only unused profiles fall back to it. Move it above profiles[0], give that "
                                + "profile a when, or name it as a fallback"));
    }

    @Test
    void aProfileWhoseWhenIsBrokenIsNotTakenForACatchAll() {
        String yaml = "profiles:\n  - name: broken\n    when: {chanel: WEB}\n  - name: later\n";

        assertThat(RulesProblems.of(yaml)).extracting(InputProblem::field)
                .containsExactly("profiles[0].when.chanel");
    }
}
