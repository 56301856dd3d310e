package io.omniroute.engine.scenario;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario folder (docs/scenario-format.md). Problems are collected across all files, up to
 * {@value Problems#LIMIT}, and reported together; a scenario is returned only when there are none.
 */
public final class ScenarioReader {

    private ScenarioReader() {
    }

    /**
     * Reads every file of the folder into a scenario.
     *
     * @throws InvalidInputException naming file, line and column of each problem with the input
     * @throws IOException when a file exists but cannot be read
     */
    public static Scenario read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw InvalidInputException.of(dir.toString(), 0, "", "is not a folder: a scenario is a folder holding "
                    + String.join(", ", ScenarioFiles.REQUIRED) + " and optionally " + ScenarioFiles.RULES);
        }
        Problems problems = new Problems();
        NetworkReader network = NetworkReader.read(dir, problems);
        Problems inventoryProblems = problems.forParallelTask();
        Problems orderProblems = problems.forParallelTask();
        // inventory.csv only needs the network, so it loads beside the orders; problems merge in a fixed order
        SideTask<List<InventoryPosition>> inventoryTask = SideTask.start("scenario-inventory-reader",
                () -> InventoryReader.read(dir, network.nodeIds(), network.skuIds(), inventoryProblems));
        List<InventoryPosition> inventory;
        List<Order> orders;
        try {
            orders = OrderReader.read(dir, network, orderProblems);
            inventory = inventoryTask.await();
        } finally {
            inventoryTask.cancelAndWait();
        }
        problems.addAll(inventoryProblems);
        problems.addAll(orderProblems);
        Optional<RuleSet> rules = readRules(dir, network, problems);
        problems.throwIfAny();
        return new Scenario(network.nodes(), network.skus(), inventory, network.zones(), network.carriers(),
                network.serviceLevels(), orders, rules);
    }

    private static Optional<RuleSet> readRules(Path dir, NetworkReader network, Problems problems) {
        Path file = dir.resolve(ScenarioFiles.RULES);
        if (!Files.exists(file) || problems.isFull()) {
            return Optional.empty();
        }
        try {
            RuleSet rules = RulesReader.read(file);
            if (network.nodeIds().readable() && network.serviceLevelIds().readable()) {
                RulesReader.checkReferences(rules, network.nodeIds().all(), network.serviceLevelIds().all());
            }
            return Optional.of(rules);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }
}
