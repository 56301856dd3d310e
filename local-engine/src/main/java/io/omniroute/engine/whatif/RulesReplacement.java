package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.rules.Profile;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Sources with other rules. */
record RulesReplacement(RuleSet rules) implements Change {

    RulesReplacement {
        Objects.requireNonNull(rules, "rules");
    }

    @Override
    public String describe() {
        return "replace the rules (profiles " + rules.profiles().stream().map(Profile::name)
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        RuleSet current = scenario.rules().orElseGet(RuleSet::builtIn);
        if (current.equals(rules)) {
            throw new IllegalArgumentException("the new rules (profiles " + names(rules)
                    + ") are the ones the scenario already sources with: replacing them changes nothing");
        }
        Set<String> nodes = scenario.nodes().stream().map(Node::id).collect(Collectors.toSet());
        Set<String> levels = scenario.serviceLevels().stream().map(ServiceLevel::name).collect(Collectors.toSet());
        try {
            RulesReader.checkReferences(rules, nodes, levels);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("the new rules do not fit the scenario: " + e.problems().stream()
                    .map(InputProblem::toString).collect(Collectors.joining("; ")), e);
        }
        return scenario.withRules(Optional.of(rules));
    }

    private static String names(RuleSet rules) {
        return rules.profiles().stream().map(Profile::name).collect(Collectors.joining(", "));
    }
}
