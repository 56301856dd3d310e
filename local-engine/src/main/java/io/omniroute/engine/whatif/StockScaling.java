package io.omniroute.engine.whatif;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** on_hand of the positions in scope multiplied, rounded half up to whole units; safety stock stays. */
record StockScaling(StockScope scope, double factor) implements Change {

    StockScaling {
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public String describe() {
        return "scale " + scope.describe() + " by " + ScenarioEdits.plain(factor);
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        String doing = "scaling " + scope.describe();
        scope.requireKnown(scenario, doing);
        ScenarioEdits.requireFactor(factor, scope.describe());
        Predicate<InventoryPosition> inScope = scope.matcher(scenario);
        List<InventoryPosition> inventory = new ArrayList<>(scenario.inventory().size());
        boolean changed = false;
        for (InventoryPosition p : scenario.inventory()) {
            if (inScope.test(p)) {
                int onHand = ScenarioEdits.scaled(p.onHand(), factor);
                changed |= onHand != p.onHand();
                inventory.add(new InventoryPosition(p.nodeId(), p.sku(), onHand, p.safetyStock()));
            } else {
                inventory.add(p);
            }
        }
        if (!changed) {
            throw new IllegalArgumentException("the scenario holds no stock of " + scope.describe()
                    + " that a factor of " + ScenarioEdits.plain(factor) + " changes: " + doing + " changes nothing");
        }
        return ScenarioEdits.withInventory(scenario, inventory);
    }
}
