package io.omniroute.engine.rules;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.util.List;

/** Test helper: the problems RulesReader reports for a YAML text. */
final class RulesProblems {

    private RulesProblems() {
    }

    static List<InputProblem> of(String yaml) {
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> RulesReader.parse(yaml, "rules.yaml"));
        if (refused == null) {
            throw new AssertionError("expected rules.yaml to be refused, but it was accepted:\n" + yaml);
        }
        return refused.problems();
    }

    static InputProblem only(String yaml) {
        List<InputProblem> problems = of(yaml);
        if (problems.size() != 1) {
            throw new AssertionError("expected exactly one problem, got " + problems);
        }
        return problems.get(0);
    }
}
