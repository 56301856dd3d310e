package io.omniroute.engine.rules;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Checks the node ids and service levels a rule set names against the ones a scenario defines. */
final class RuleReferences {

    /** Lists longer than this are not spelt out in a hint; a near-miss suggestion is more useful then. */
    private static final int MAX_LISTED = 12;

    private RuleReferences() {
    }

    static void check(RuleSet rules, Set<String> nodeIds, Set<String> serviceLevels) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(nodeIds, "nodeIds");
        Objects.requireNonNull(serviceLevels, "serviceLevels");
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < rules.profiles().size(); i++) {
            Profile profile = rules.profiles().get(i);
            String path = "profiles[" + i + "]";
            for (String node : new TreeSet<>(profile.filters().excludeNodes())) {
                if (!nodeIds.contains(node)) {
                    problems.add(problem(path + ".filters.exclude_nodes", "profile '" + profile.name()
                            + "' excludes node '" + node + "', which is not in the network"
                            + Suggestions.didYouMean(node, nodeIds) + ": use an id from nodes.csv" + listed(nodeIds)));
                }
            }
            for (String level : new TreeSet<>(profile.when().serviceLevels())) {
                if (!serviceLevels.contains(level)) {
                    problems.add(problem(path + ".when.service_level", "profile '" + profile.name()
                            + "' matches service level '" + level + "', which is not defined"
                            + Suggestions.didYouMean(level, serviceLevels) + ": use a defined service level"
                            + listed(serviceLevels)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static InputProblem problem(String field, String message) {
        return new InputProblem(RulesReader.DEFAULT_FILE_NAME, 0, field, message);
    }

    private static String listed(Set<String> known) {
        if (known.isEmpty()) {
            return " (none are defined)";
        }
        return known.size() > MAX_LISTED ? "" : " (" + String.join(", ", new TreeSet<>(known)) + ")";
    }
}
