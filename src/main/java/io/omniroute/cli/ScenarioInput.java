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
import picocli.CommandLine.Option;

/**
 * The {@code --scenario} and {@code --rules} options every scenario command takes, mixed in with
 * {@code @Mixin}, and how they are loaded.
 */
final class ScenarioInput {

    /** A scenario and the rules to source it with; empty rules mean the scenario's own, else the built-in ones. */
    record Loaded(Scenario scenario, Optional<RuleSet> rules) {
    }

    @Option(names = "--scenario", required = true, paramLabel = "DIR", description = "Scenario folder to read.")
    Path scenarioDir;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "rules.yaml to use instead of the scenario's own (default: the scenario's, else built-in).")
    Path rulesFile;

    /** Reads both; throws InvalidInputException listing every problem. */
    Loaded load() throws IOException {
        Scenario scenario = ScenarioReader.read(scenarioDir);
        if (rulesFile == null) {
            return new Loaded(scenario, Optional.empty());
        }
        RuleSet rules = RulesReader.read(rulesFile);
        Set<String> nodes = scenario.nodes().stream().map(Node::id).collect(Collectors.toSet());
        Set<String> levels = scenario.serviceLevels().stream().map(ServiceLevel::name).collect(Collectors.toSet());
        RulesReader.checkReferences(rules, nodes, levels);
        return new Loaded(scenario, Optional.of(rules));
    }
}
