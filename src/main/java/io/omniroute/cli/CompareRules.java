package io.omniroute.cli;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the rules file given to --compare and checks it against the scenario, as --rules is checked. */
final class CompareRules {

    /** The name RulesReader.checkReferences reports under, since a RuleSet does not remember its file. */
    private static final String CHECKED_AS = "rules.yaml";

    private CompareRules() {
    }

    static RuleSet read(Path file, Scenario scenario) {
        RuleSet rules = RulesReader.read(file);
        Set<String> nodes = scenario.nodes().stream().map(Node::id).collect(Collectors.toSet());
        Set<String> levels = scenario.serviceLevels().stream().map(ServiceLevel::name).collect(Collectors.toSet());
        try {
            RulesReader.checkReferences(rules, nodes, levels);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> renamed(p, fileName(file))).toList());
        }
        return rules;
    }

    static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The reference check's problems under the compared file's own name, so the user knows which file to fix. */
    private static InputProblem renamed(InputProblem problem, String file) {
        return problem.file().equals(CHECKED_AS)
                ? new InputProblem(file, problem.line(), problem.field(), problem.message())
                : problem;
    }
}
