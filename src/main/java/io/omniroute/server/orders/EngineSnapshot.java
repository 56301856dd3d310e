package io.omniroute.server.orders;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesReader;
import io.omniroute.engine.sourcing.CapacityLedger;
import io.omniroute.engine.sourcing.InventoryLedger;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Sourcer;
import io.omniroute.engine.sourcing.SourcingDecision;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.InventoryRow;
import io.omniroute.server.store.RulesRow;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's view of the database for one order: the static network (compiled once), the current rules, and
 * ledgers built from the locked inventory rows of the order's SKUs and the day's capacity use. The database stays
 * the store of record; the engine only decides.
 */
public final class EngineSnapshot {

    private final NetworkModel network;
    private long rulesVersion = -1;
    private RuleSet rules = RuleSet.builtIn();

    private EngineSnapshot(NetworkModel network) {
        this.network = network;
    }

    public static EngineSnapshot of(Scenario staticNetwork) {
        return new EngineSnapshot(NetworkModel.of(staticNetwork));
    }

    /** A snapshot over an already compiled network, for callers that hold one (the command handlers). */
    public static EngineSnapshot over(NetworkModel network) {
        return new EngineSnapshot(network);
    }

    public NetworkModel network() {
        return network;
    }

    /** A decision taken on a read snapshot, with the growth epoch read before the snapshot began. */
    public record Planned(SourcingDecision decision, long epoch) {
    }

    /**
     * Decides the order on a read-only snapshot, beside the writer rather than on it. The writer applies the plan
     * only if it is still optimal ({@link OrderService#create}); otherwise it decides again itself.
     */
    public Planned plan(Database database, Order order) {
        long epoch = database.growthEpoch();
        SourcingDecision decision = database.read(tx -> sourcer(tx, skusOf(order), order.createdAt(), false)
                .decide(order));
        return new Planned(decision, epoch);
    }

    /** A sourcer over the database as this transaction sees it, with the order's inventory rows locked. */
    Sourcer sourcerFor(Tx tx, Order order) throws SQLException {
        return sourcer(tx, skusOf(order), order.createdAt(), true);
    }

    /**
     * A sourcer over these SKUs' positions as this transaction sees them, their rows locked until it ends (in key
     * order, as {@link #sourcerFor} locks them), and the shipping capacity used on the UTC day of {@code day}. For a
     * command that re-sources some units of an existing order.
     */
    public Sourcer sourcerForSkus(Tx tx, Collection<String> skus, Instant day) throws SQLException {
        return sourcer(tx, skus, day, true);
    }

    private Sourcer sourcer(Tx tx, Collection<String> skus, Instant day, boolean lockRows) throws SQLException {
        List<InventoryPosition> positions = new ArrayList<>();
        for (InventoryRow row : tx.inventory().forSkus(skus, lockRows)) {
            // The engine's ledger starts unreserved, so reservations already held come off on-hand.
            positions.add(new InventoryPosition(row.nodeId(), row.sku(), Math.max(0, row.onHand() - row.reserved()),
                    row.safetyStock()));
        }
        CapacityLedger capacity = CapacityLedger.of(network);
        for (Map.Entry<String, Integer> used : tx.capacity().usedOn(LocalDate.ofInstant(day, ZoneOffset.UTC))
                .entrySet()) {
            if (network.nodeIndex(used.getKey()) >= 0) {
                capacity.preload(used.getKey(), day, used.getValue());
            }
        }
        return Sourcer.create(network, InventoryLedger.of(network, positions), capacity, currentRules(tx));
    }

    private static Set<String> skusOf(Order order) {
        Set<String> skus = new TreeSet<>();
        for (OrderLine line : order.lines()) {
            skus.add(line.sku());
        }
        return skus;
    }

    synchronized RuleSet currentRules(Tx tx) throws SQLException {
        var row = tx.rules().current();
        if (row.isEmpty()) {
            return RuleSet.builtIn();
        }
        RulesRow current = row.get();
        if (current.version() != rulesVersion) {
            rules = RulesReader.parse(current.yaml(), "rules version " + current.version());
            rulesVersion = current.version();
        }
        return rules;
    }
}
