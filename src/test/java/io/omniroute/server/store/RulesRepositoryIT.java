package io.omniroute.server.store;

import static io.omniroute.server.store.TestNetwork.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RulesRepositoryIT extends AbstractStoreIT {

    private static final String YAML = "profiles:\n  - name: default\n";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void noRulesBeforeTheFirstPublish(Backend backend) {
        Database db = open(backend);

        Optional<RulesRow> current = db.inTransaction(tx -> tx.rules().current());

        assertThat(current).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void publishingOverTheCurrentVersionReplacesTheRules(Backend backend) {
        Database db = open(backend);

        boolean first = db.inTransaction(tx -> tx.rules().publish(YAML, "import", T0, 0));
        boolean second = db.inTransaction(tx -> tx.rules().publish(YAML + "# v2\n", "ana", T0.plusSeconds(5), 1));
        Optional<RulesRow> current = db.inTransaction(tx -> tx.rules().current());

        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(current).contains(new RulesRow(2, YAML + "# v2\n", T0.plusSeconds(5), "ana"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void publishingOverAStaleVersionChangesNothing(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> tx.rules().publish(YAML, "import", T0, 0));

        boolean stale = db.inTransaction(tx -> tx.rules().publish("profiles: []\n", "ana", T0, 3));
        Optional<RulesRow> current = db.inTransaction(tx -> tx.rules().current());

        assertThat(stale).isFalse();
        assertThat(current).contains(new RulesRow(1, YAML, T0, "import"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void firstPublishLosingTheRaceLeavesTheTransactionUsable(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> tx.rules().publish(YAML, "import", T0, 0));

        Optional<RulesRow> afterLosing = db.inTransaction(tx -> {
            boolean published = tx.rules().publish("profiles: []\n", "bob", T0, 0);
            assertThat(published).isFalse();
            return tx.rules().current();
        });

        assertThat(afterLosing).contains(new RulesRow(1, YAML, T0, "import"));
    }
}
