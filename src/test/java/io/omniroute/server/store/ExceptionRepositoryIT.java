package io.omniroute.server.store;

import static io.omniroute.server.store.TestNetwork.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExceptionRepositoryIT extends AbstractStoreIT {

    private static final Instant LATER = T0.plusSeconds(3600);

    private Database withExceptions(Backend backend, ExceptionRow... exceptions) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            for (ExceptionRow exception : exceptions) {
                tx.exceptions().insert(exception);
            }
            return null;
        });
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void insertedExceptionIsFoundById(Backend backend) {
        ExceptionRow atStore = new ExceptionRow("E-2", "O-1", 2, "SKU-2", 1, "STORE_REJECTED", "DAMAGED",
                ExceptionRow.RESOLVED, Optional.of("ST-1"), T0, Optional.of(LATER), Optional.of("ana"), 4);
        Database db = withExceptions(backend, TestOrders.openException("E-1", "O-1"), atStore);

        Optional<ExceptionRow> open = db.inTransaction(tx -> tx.exceptions().find("E-1"));
        Optional<ExceptionRow> resolved = db.inTransaction(tx -> tx.exceptions().find("E-2"));
        Optional<ExceptionRow> unknown = db.inTransaction(tx -> tx.exceptions().find("E-3"));

        assertThat(open).contains(TestOrders.openException("E-1", "O-1"));
        assertThat(resolved).contains(atStore);
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void openForOrderListsOnlyThatOrdersOpenExceptions(Backend backend) {
        Database db = withExceptions(backend, TestOrders.openException("E-1", "O-1"),
                TestOrders.openException("E-2", "O-1"), TestOrders.openException("E-3", "O-2"));
        db.inTransaction(tx -> tx.exceptions().resolve("E-1", "ana", LATER, 1));

        List<ExceptionRow> open = db.inTransaction(tx -> tx.exceptions().openForOrder("O-1"));

        assertThat(open).extracting(ExceptionRow::exceptionId).containsExactly("E-2");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void resolveRecordsWhoAndWhenAndBumpsTheVersion(Backend backend) {
        Database db = withExceptions(backend, TestOrders.openException("E-1", "O-1"));

        boolean resolved = db.inTransaction(tx -> tx.exceptions().resolve("E-1", "ana", LATER, 1));
        ExceptionRow row = db.inTransaction(tx -> tx.exceptions().find("E-1")).orElseThrow();

        assertThat(resolved).isTrue();
        assertThat(row.status()).isEqualTo(ExceptionRow.RESOLVED);
        assertThat(row.resolvedBy()).contains("ana");
        assertThat(row.resolvedAt()).contains(LATER);
        assertThat(row.version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void resolveWithAStaleVersionChangesNothing(Backend backend) {
        Database db = withExceptions(backend, TestOrders.openException("E-1", "O-1"));

        boolean stale = db.inTransaction(tx -> tx.exceptions().resolve("E-1", "ana", LATER, 7));
        ExceptionRow row = db.inTransaction(tx -> tx.exceptions().find("E-1")).orElseThrow();

        assertThat(stale).isFalse();
        assertThat(row).isEqualTo(TestOrders.openException("E-1", "O-1"));
    }
}
