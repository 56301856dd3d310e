package io.omniroute.cli;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import io.omniroute.engine.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads a scenario folder and an optional rules file the way every command needs them. */
final class ScenarioInput {

    private ScenarioInput() {
    }

    static Scenario read(Path folder) throws IOException {
        return ScenarioReader.read(folder);
    }

    /** Reads a rules file and checks that the nodes and service levels it names exist in the scenario. */
    static Optional<RuleSet> rules(Optional<Path> file, Scenario scenario) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        RuleSet rules = RulesReader.read(file.get());
        Set<String> nodes = scenario.nodes().stream().map(Node::id).collect(Collectors.toSet());
        Set<String> levels = scenario.serviceLevels().stream().map(ServiceLevel::name).collect(Collectors.toSet());
        RulesReader.checkReferences(rules, nodes, levels);
        return Optional.of(rules);
    }
}
