package io.omniroute.server.store;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesWriter;
import io.omniroute.server.Json;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a scenario's network, stock and rules into an empty database, with a change-feed row for each node, SKU,
 * inventory position and the rules. Orders are not imported: the server takes them through its API.
 *
 * <p>Inventory rows and then their feed rows go in, each in the order its indexes append fastest, in chunks of 50,000
 * per transaction, so millions of rows never sit in one transaction ({@link BulkLoad} has the database settings for
 * it). The rules
 * are written last: their presence marks a finished import, so a server restarted after a crash mid-import refuses
 * the half-filled database instead of serving it.
 */
public final class ScenarioImporter {

    static final int CHUNK = 50_000;
    static final String IMPORTED_BY = "import";

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioImporter.class);
    private static final Comparator<InventoryPosition> BY_SKU_AND_NODE =
            Comparator.comparing(InventoryPosition::sku).thenComparing(InventoryPosition::nodeId);
    private static final Comparator<InventoryPosition> BY_NODE_AND_SKU =
            Comparator.comparing(InventoryPosition::nodeId).thenComparing(InventoryPosition::sku);

    private ScenarioImporter() {
    }

    /**
     * Imports the scenario if the database is empty; returns a summary with {@code imported == false} when a
     * previous import finished. Throws {@link StoreException} when a previous import stopped part-way.
     */
    public static ImportSummary importScenario(Database db, Scenario scenario) {
        return importScenario(db, scenario, CHUNK);
    }

    static ImportSummary importScenario(Database db, Scenario scenario, int chunkSize) {
        long started = System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        boolean empty = db.inTransaction(tx -> {
            if (tx.rules().current().isPresent()) {
                return false;
            }
            if (!tx.network().isEmpty()) {
                throw new StoreException("the database holds a network but no rules: a previous scenario import"
                        + " stopped part-way; start again with an empty database");
            }
            tx.network().insertScenarioNetwork(scenario);
            tx.feed().appendAll(networkChanges(scenario));
            return true;
        });
        if (!empty) {
            long lastSeq = db.inTransaction(tx -> tx.feed().lastSeq());
            LOG.info("The database already holds an imported scenario: nothing imported");
            return new ImportSummary(false, 0, 0, 0, lastSeq, elapsed(started));
        }
        BulkLoad bulkLoad = new BulkLoad(db);
        bulkLoad.begin();
        try {
            inChunks(db, sorted(scenario.inventory(), BY_SKU_AND_NODE), chunkSize,
                    (tx, chunk) -> tx.inventory().insertAll(chunk, at));
            inChunks(db, sorted(scenario.inventory(), BY_NODE_AND_SKU), chunkSize,
                    (tx, chunk) -> tx.feed().appendAll(inventoryChanges(chunk, at)));
        } finally {
            bulkLoad.end();
        }
        long lastSeq = db.inTransaction(tx -> publishRules(tx, scenario, at));
        ImportSummary summary = new ImportSummary(true, scenario.nodes().size(), scenario.skus().size(),
                scenario.inventory().size(), lastSeq, elapsed(started));
        LOG.info("Imported {} nodes, {} SKUs and {} inventory positions in {} ms", summary.nodes(), summary.skus(),
                summary.inventoryPositions(), summary.took().toMillis());
        return summary;
    }

    /**
     * Positions sorted so that each table's B-trees only ever append: the inventory key starts with the SKU, the
     * feed's scope index with the node.
     */
    private static List<InventoryPosition> sorted(List<InventoryPosition> positions,
            Comparator<InventoryPosition> order) {
        List<InventoryPosition> sorted = new ArrayList<>(positions);
        sorted.sort(order);
        return sorted;
    }

    private static void inChunks(Database db, List<InventoryPosition> positions, int chunkSize, ChunkWork work) {
        for (int from = 0; from < positions.size(); from += chunkSize) {
            List<InventoryPosition> chunk = positions.subList(from, Math.min(positions.size(), from + chunkSize));
            db.inTransaction(tx -> {
                work.write(tx, chunk);
                return null;
            });
        }
    }

    @FunctionalInterface
    private interface ChunkWork {
        void write(Tx tx, List<InventoryPosition> chunk) throws SQLException;
    }

    private static List<NewChange> networkChanges(Scenario scenario) {
        List<NewChange> changes = new ArrayList<>(scenario.nodes().size() + scenario.skus().size());
        for (Node node : scenario.nodes()) {
            changes.add(change(FeedData.NODE, node.id(), Scope.ALL, FeedData.node(node)));
        }
        for (Sku sku : scenario.skus()) {
            changes.add(change(FeedData.SKU, sku.sku(), Scope.ALL, FeedData.sku(sku)));
        }
        changes.add(carriersChange(scenario));
        return changes;
    }

    private static List<NewChange> inventoryChanges(List<InventoryPosition> positions, Instant at) {
        List<NewChange> changes = new ArrayList<>(positions.size());
        for (InventoryPosition position : positions) {
            InventoryRow row = new InventoryRow(position.nodeId(), position.sku(), position.onHand(),
                    position.safetyStock(), 0, 1, at);
            changes.add(change(FeedData.INVENTORY, row.feedId(), Scope.of(row), FeedData.inventory(row)));
        }
        return changes;
    }

    private static long publishRules(Tx tx, Scenario scenario, Instant at) throws SQLException {
        String yaml = RulesWriter.toYaml(scenario.rules().orElseGet(RuleSet::builtIn));
        if (!tx.rules().publish(yaml, IMPORTED_BY, at, 0)) {
            throw new StoreException("rules were published while the scenario was being imported: import into a"
                    + " database no one else uses");
        }
        RulesRow rules = tx.rules().current().orElseThrow();
        return tx.feed().append(FeedData.RULES, RulesRow.ID, rules.version(), false, Scope.ALL,
                Json.write(FeedData.rules(rules)));
    }

    /** The one carriers entity: the rate card of the network the database holds. */
    static NewChange carriersChange(Scenario network) {
        return change(FeedData.CARRIERS, FeedData.CARRIERS_ID, Scope.ALL, FeedData.carriers(network));
    }

    /**
     * Feeds the rate card once to a database imported before the feed carried it, so every client can price plans;
     * returns whether it did.
     */
    public static boolean feedCarriersIfMissing(Database db) {
        return db.inTransaction(tx -> {
            if (tx.network().isEmpty() || tx.feed().hasShared(FeedData.CARRIERS)) {
                return false;
            }
            tx.feed().appendAll(List.of(carriersChange(tx.network().loadNetwork())));
            return true;
        });
    }

    private static NewChange change(String entity, String id, String scope, Map<String, Object> data) {
        return new NewChange(entity, id, 1, false, scope, Optional.of(Json.write(data)));
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
