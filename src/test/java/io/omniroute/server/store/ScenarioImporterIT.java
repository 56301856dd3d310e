package io.omniroute.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.rules.RulesWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.Json;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScenarioImporterIT extends AbstractStoreIT {

    private static Scenario scenario;

    @BeforeAll
    static void generateScenario() {
        scenario = ScenarioGenerator.generate(GeneratorSettings.of(20, 40, 1, 1, 7));
    }

    private static List<ChangeRow> feed(Database db, Optional<String> store) {
        return db.inTransaction(tx -> tx.feed().page(0, 10_000, store));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void importLoadsNetworkStockAndRules(Backend backend) {
        Database db = open(backend);

        ImportSummary summary = ScenarioImporter.importScenario(db, scenario, 7);
        Scenario network = db.inTransaction(tx -> tx.network().loadNetwork());
        List<InventoryRow> stock = db.inTransaction(tx -> tx.inventory().forSkus(
                scenario.skus().stream().map(Sku::sku).toList(), false));
        RulesRow rules = db.inTransaction(tx -> tx.rules().current()).orElseThrow();

        assertThat(summary.imported()).isTrue();
        assertThat(summary.inventoryPositions()).isEqualTo(scenario.inventory().size()).isGreaterThan(7);
        assertThat(network.nodes()).isEqualTo(scenario.nodes());
        assertThat(network.skus()).isEqualTo(scenario.skus());
        assertThat(stock).hasSameSizeAs(scenario.inventory()).allSatisfy(row -> {
            assertThat(row.reserved()).isZero();
            assertThat(row.version()).isEqualTo(1);
        });
        assertThat(rules.version()).isEqualTo(1);
        assertThat(rules.yaml()).isEqualTo(RulesWriter.toYaml(scenario.rules().orElseGet(RuleSet::builtIn)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void importWritesAFeedRowForEveryNodeSkuPositionAndTheRules(Backend backend) {
        Database db = open(backend);

        ImportSummary summary = ScenarioImporter.importScenario(db, scenario, 7);
        List<ChangeRow> feed = feed(db, Optional.empty());

        int expected = scenario.nodes().size() + scenario.skus().size() + 1 + scenario.inventory().size() + 1;
        assertThat(feed).hasSize(expected);
        assertThat(summary.lastSeq()).isEqualTo(feed.get(expected - 1).seq());
        Node firstNode = scenario.nodes().get(0);
        assertThat(feed.get(0)).satisfies(row -> {
            assertThat(row.entity()).isEqualTo(FeedData.NODE);
            assertThat(row.entityId()).isEqualTo(firstNode.id());
            assertThat(row.scope()).isEqualTo(Scope.ALL);
            assertThat(row.data()).contains(Json.write(FeedData.node(firstNode)));
        });
        InventoryPosition firstPosition = scenario.inventory().stream()
                .min(Comparator.comparing(InventoryPosition::nodeId).thenComparing(InventoryPosition::sku))
                .orElseThrow();
        ChangeRow carriers = feed.get(scenario.nodes().size() + scenario.skus().size());
        assertThat(carriers.entity()).isEqualTo(FeedData.CARRIERS);
        assertThat(carriers.scope()).isEqualTo(Scope.ALL);
        assertThat(carriers.data()).contains(Json.write(FeedData.carriers(scenario)));
        ChangeRow firstStock = feed.get(scenario.nodes().size() + scenario.skus().size() + 1);
        assertThat(firstStock.entityId()).isEqualTo(firstPosition.nodeId() + "|" + firstPosition.sku());
        assertThat(firstStock.scope()).isEqualTo(firstPosition.nodeId());
        assertThat(feed.get(expected - 1).entity()).isEqualTo(FeedData.RULES);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void storesFeedHoldsSharedRowsAndOnlyItsOwnStock(Backend backend) {
        Database db = open(backend);
        String store = scenario.nodes().stream().filter(n -> n.type() == NodeType.STORE).findFirst()
                .orElseThrow().id();
        ScenarioImporter.importScenario(db, scenario);

        List<ChangeRow> feed = feed(db, Optional.of(store));

        long ownStock = scenario.inventory().stream().filter(p -> p.nodeId().equals(store)).count();
        assertThat(feed).hasSize((int) (scenario.nodes().size() + scenario.skus().size() + 1 + ownStock + 1));
        assertThat(feed).filteredOn(row -> row.entity().equals(FeedData.INVENTORY))
                .allSatisfy(row -> assertThat(row.entityId()).startsWith(store + "|"));
    }

    @Test
    void h2CommitsAreDurableAgainAfterTheImport() {
        Database db = open(Backend.H2);
        ScenarioImporter.importScenario(db, scenario);

        String writeDelay = db.inTransaction(tx -> {
            try (Statement select = tx.connection().createStatement();
                 ResultSet rows = select.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                         + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                rows.next();
                return rows.getString(1);
            }
        });

        assertThat(writeDelay).isEqualTo("0");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void secondImportChangesNothing(Backend backend) {
        Database db = open(backend);
        ImportSummary first = ScenarioImporter.importScenario(db, scenario);

        ImportSummary second = ScenarioImporter.importScenario(db, scenario);

        assertThat(second.imported()).isFalse();
        assertThat(second.lastSeq()).isEqualTo(first.lastSeq());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aFeedWithoutTheRateCardGetsItOnceAtTheEnd(Backend backend) {
        Database db = open(backend);
        ScenarioImporter.importScenario(db, scenario);
        db.inTransaction(tx -> {
            try (Statement delete = tx.connection().createStatement()) {
                delete.executeUpdate("DELETE FROM changes WHERE entity = 'carriers'");
            }
            return null;
        });
        long before = db.inTransaction(tx -> tx.feed().lastSeq());

        boolean first = ScenarioImporter.feedCarriersIfMissing(db);
        boolean second = ScenarioImporter.feedCarriersIfMissing(db);

        List<ChangeRow> after = db.inTransaction(tx -> tx.feed().page(before, 10, Optional.empty()));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(after).singleElement().satisfies(row -> {
            assertThat(row.entity()).isEqualTo(FeedData.CARRIERS);
            assertThat(row.entityId()).isEqualTo(FeedData.CARRIERS_ID);
            assertThat(row.data()).contains(Json.write(FeedData.carriers(scenario)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void anImportedFeedNeedsNoRateCardBackfill(Backend backend) {
        Database db = open(backend);
        ScenarioImporter.importScenario(db, scenario);

        assertThat(ScenarioImporter.feedCarriersIfMissing(db)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void importIntoAHalfImportedDatabaseIsRefused(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.network().insertScenarioNetwork(scenario);
            return null;
        });

        assertThatThrownBy(() -> ScenarioImporter.importScenario(db, scenario))
                .isInstanceOf(StoreException.class).hasMessageContaining("stopped part-way");
    }
}
