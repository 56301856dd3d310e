package io.omniroute.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkRepositoryIT extends AbstractStoreIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void loadedNetworkEqualsTheInsertedOneInFileOrder(Backend backend) {
        Database db = open(backend);
        Scenario scenario = TestNetwork.scenario();
        db.inTransaction(tx -> {
            tx.network().insertScenarioNetwork(scenario);
            return null;
        });

        Scenario loaded = db.inTransaction(tx -> tx.network().loadNetwork());

        assertThat(loaded.nodes()).isEqualTo(scenario.nodes());
        assertThat(loaded.skus()).isEqualTo(scenario.skus());
        assertThat(loaded.zones()).isEqualTo(scenario.zones());
        assertThat(loaded.carriers()).isEqualTo(scenario.carriers());
        assertThat(loaded.serviceLevels()).isEqualTo(scenario.serviceLevels());
        assertThat(loaded.inventory()).isEmpty();
        assertThat(loaded.orders()).isEmpty();
        assertThat(loaded.rules()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void nodeIsFoundByIdWithUnlimitedCapacityAndTags(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.network().insertScenarioNetwork(TestNetwork.scenario());
            return null;
        });

        Optional<Node> dc = db.inTransaction(tx -> tx.network().node("DC-1"));
        Optional<Node> unknown = db.inTransaction(tx -> tx.network().node("DC-9"));

        assertThat(dc).contains(TestNetwork.DC);
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void networkIsNoLongerEmptyOnceInserted(Backend backend) {
        Database db = open(backend);

        boolean before = db.inTransaction(tx -> tx.network().isEmpty());
        boolean after = db.inTransaction(tx -> {
            tx.network().insertScenarioNetwork(TestNetwork.scenario());
            return tx.network().isEmpty();
        });

        assertThat(before).isTrue();
        assertThat(after).isFalse();
    }
}
