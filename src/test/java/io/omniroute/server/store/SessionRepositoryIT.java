package io.omniroute.server.store;

import static io.omniroute.server.store.TestNetwork.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionRepositoryIT extends AbstractStoreIT {

    private static final SessionRow MANAGER = new SessionRow("hash-m", "sam", "STORE_MANAGER", Optional.of("ST-1"),
            T0.plusSeconds(43_200));
    private static final SessionRow PLANNER = new SessionRow("hash-p", "ana", "PLANNER", Optional.empty(),
            T0.plusSeconds(60));

    private Database withSessions(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.sessions().save(MANAGER);
            tx.sessions().save(PLANNER);
            return null;
        });
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void savedSessionIsFoundByTokenHash(Backend backend) {
        Database db = withSessions(backend);

        Optional<SessionRow> manager = db.inTransaction(tx -> tx.sessions().find("hash-m"));
        Optional<SessionRow> planner = db.inTransaction(tx -> tx.sessions().find("hash-p"));
        Optional<SessionRow> unknown = db.inTransaction(tx -> tx.sessions().find("hash-x"));

        assertThat(manager).contains(MANAGER);
        assertThat(planner).contains(PLANNER);
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void deleteExpiredRemovesOnlyExpiredSessions(Backend backend) {
        Database db = withSessions(backend);

        int deleted = db.inTransaction(tx -> tx.sessions().deleteExpired(T0.plusSeconds(60)));
        Optional<SessionRow> planner = db.inTransaction(tx -> tx.sessions().find("hash-p"));
        Optional<SessionRow> manager = db.inTransaction(tx -> tx.sessions().find("hash-m"));

        assertThat(deleted).isEqualTo(1);
        assertThat(planner).isEmpty();
        assertThat(manager).contains(MANAGER);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void signingOutDeletesTheSession(Backend backend) {
        Database db = withSessions(backend);

        boolean deleted = db.inTransaction(tx -> tx.sessions().delete("hash-m"));
        Optional<SessionRow> manager = db.inTransaction(tx -> tx.sessions().find("hash-m"));

        assertThat(deleted).isTrue();
        assertThat(manager).isEmpty();
    }
}
