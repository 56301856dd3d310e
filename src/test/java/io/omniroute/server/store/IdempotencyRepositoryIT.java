package io.omniroute.server.store;

import static io.omniroute.server.store.TestNetwork.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdempotencyRepositoryIT extends AbstractStoreIT {

    private static final IdempotencyRow APPLIED = new IdempotencyRow("7d1c-key", "ana", "sha256:abc", 200,
            "{\"status\":\"APPLIED\",\"version\":4}", T0);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void savedResponseIsFoundByKey(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.idempotency().save(APPLIED);
            return null;
        });

        Optional<IdempotencyRow> found = db.inTransaction(tx -> tx.idempotency().find("7d1c-key"));
        Optional<IdempotencyRow> unknown = db.inTransaction(tx -> tx.idempotency().find("other"));

        assertThat(found).contains(APPLIED);
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aResponseRecordedAtCommitIsMadeThenAndItsKeyIsTakenMeanwhile(Backend backend) {
        Database db = open(backend);
        StringBuilder body = new StringBuilder("{\"status\":\"APPLIED\",\"seq\":");

        db.inTransaction(tx -> {
            tx.idempotency().saveAtCommit("7d1c-key", "ana", "sha256:abc", 200, body::toString, T0);
            body.append("42}"); // what the commit's feed rows fill in, after the save was asked for
            assertThatThrownBy(() -> tx.idempotency().find("7d1c-key"))
                    .isInstanceOf(DuplicateRequestException.class);
            assertThatThrownBy(() -> tx.idempotency().saveAtCommit("7d1c-key", "ana", "sha256:abc", 200,
                    () -> "{}", T0)).isInstanceOf(DuplicateRequestException.class);
            return null;
        });

        Optional<IdempotencyRow> found = db.inTransaction(tx -> tx.idempotency().find("7d1c-key"));
        assertThat(found).contains(new IdempotencyRow("7d1c-key", "ana", "sha256:abc", 200,
                "{\"status\":\"APPLIED\",\"seq\":42}", T0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aResponseRecordedAtCommitIsForgottenWithItsFailedTransaction(Backend backend) {
        Database db = open(backend);

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            tx.idempotency().saveAtCommit("7d1c-key", "ana", "sha256:abc", 200, () -> "{}", T0);
            throw new IllegalStateException("the command failed");
        })).hasMessage("the command failed");

        Optional<IdempotencyRow> found = db.inTransaction(tx -> tx.idempotency().find("7d1c-key"));
        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void secondSaveOfAKeyIsADuplicateRequestAndRollsItsTransactionBack(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.idempotency().save(APPLIED);
            return null;
        });

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            tx.orders().insert(TestOrders.shipOrder("O-2"));
            tx.idempotency().save(new IdempotencyRow("7d1c-key", "ana", "sha256:abc", 200, "{}", T0));
            return null;
        })).isInstanceOfSatisfying(DuplicateRequestException.class,
                e -> assertThat(e.key()).isEqualTo("7d1c-key"));

        Optional<OrderRecord> order = db.inTransaction(tx -> tx.orders().find("O-2"));
        Optional<IdempotencyRow> kept = db.inTransaction(tx -> tx.idempotency().find("7d1c-key"));
        assertThat(order).isEmpty();
        assertThat(kept).contains(APPLIED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void ofSixteenConcurrentRequestsWithOneKeyExactlyOneApplies(Backend backend) throws Exception {
        Database db = open(backend);

        int applied = Concurrently.countSuccesses(16, () -> {
            try {
                db.inTransaction(tx -> {
                    tx.idempotency().save(APPLIED);
                    return null;
                });
                return true;
            } catch (DuplicateRequestException e) {
                return false;
            }
        });

        assertThat(applied).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void oldResponsesAreForgotten(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.idempotency().save(APPLIED);
            tx.idempotency().save(new IdempotencyRow("newer", "ana", "h", 200, "{}", T0.plusSeconds(10)));
            return null;
        });

        int deleted = db.inTransaction(tx -> tx.idempotency().deleteOlderThan(T0.plusSeconds(1)));
        Optional<IdempotencyRow> newer = db.inTransaction(tx -> tx.idempotency().find("newer"));

        assertThat(deleted).isEqualTo(1);
        assertThat(newer).isPresent();
    }
}
