package io.omniroute.engine.whatif;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A fraction of on_hand of the items in scope moved from one node to another, rounded half up to whole units. The
 * receiving node gets a position with safety stock 0 where it had none, after the existing positions.
 */
record StockMove(String fromNode, String toNode, StockScope items, double fraction) implements Change {

    StockMove {
        Objects.requireNonNull(fromNode, "fromNode");
        Objects.requireNonNull(toNode, "toNode");
        Objects.requireNonNull(items, "items");
    }

    @Override
    public String describe() {
        return "move " + percent() + " of " + items.describe() + " from node " + fromNode + " to node " + toNode;
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        String doing = "moving " + items.describe() + " from " + fromNode + " to " + toNode;
        ScenarioEdits.requireNode(scenario, fromNode, doing);
        ScenarioEdits.requireNode(scenario, toNode, doing);
        if (fromNode.equals(toNode)) {
            throw new IllegalArgumentException("stock is moved from node " + fromNode + " to itself: " + doing
                    + " changes nothing; name two different nodes");
        }
        if (items.nodeId().isPresent()) {
            throw new IllegalArgumentException("the items to move name node " + items.nodeId().get()
                    + ", but a move takes its nodes from 'from' (" + fromNode + ") and 'to' (" + toNode
                    + "): give the items by SKU or category only");
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction " + fraction + " of " + items.describe() + " to move from "
                    + fromNode + ": must be above 0 and at most 1 (1 moves all of it)");
        }
        items.requireKnown(scenario, doing);
        return moved(scenario, items.atNode(fromNode).matcher(scenario), doing);
    }

    private Scenario moved(Scenario scenario, Predicate<InventoryPosition> leaving, String doing) {
        List<InventoryPosition> inventory = new ArrayList<>(scenario.inventory().size());
        Map<String, Integer> arriving = new LinkedHashMap<>();
        for (InventoryPosition p : scenario.inventory()) {
            int units = leaving.test(p) ? ScenarioEdits.scaled(p.onHand(), fraction) : 0;
            if (units > 0) {
                arriving.merge(p.sku(), units, Integer::sum);
                inventory.add(new InventoryPosition(p.nodeId(), p.sku(), p.onHand() - units, p.safetyStock()));
            } else {
                inventory.add(p);
            }
        }
        if (arriving.isEmpty()) {
            String what = items.equals(StockScope.all()) ? "any SKU" : items.describe();
            throw new IllegalArgumentException("node " + fromNode + " holds no on-hand units of " + what
                    + " that moving " + percent() + " would move: " + doing + " changes nothing");
        }
        Map<String, Integer> receiving = new HashMap<>();
        for (int i = 0; i < inventory.size(); i++) {
            if (inventory.get(i).nodeId().equals(toNode)) {
                receiving.put(inventory.get(i).sku(), i);
            }
        }
        arriving.forEach((sku, units) -> {
            Integer at = receiving.get(sku);
            if (at == null) {
                inventory.add(new InventoryPosition(toNode, sku, units, 0));
            } else {
                InventoryPosition p = inventory.get(at);
                long onHand = (long) p.onHand() + units;
                inventory.set(at, new InventoryPosition(toNode, sku, (int) Math.min(Integer.MAX_VALUE, onHand),
                        p.safetyStock()));
            }
        });
        return ScenarioEdits.withInventory(scenario, inventory);
    }

    private String percent() {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
