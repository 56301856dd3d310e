package io.omniroute.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseIT extends AbstractStoreIT {

    private static final SessionRow SESSION = new SessionRow("hash-1", "ana", "PLANNER", Optional.empty(),
            Instant.parse("2026-11-25T20:00:00Z"));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void openingMigratesAnEmptyDatabase(Backend backend) {
        Database db = open(backend);

        assertThat(db.productName()).isEqualTo(backend == Backend.H2 ? "H2" : "PostgreSQL");
        boolean empty = db.inTransaction(tx -> tx.network().isEmpty());
        long lastSeq = db.inTransaction(tx -> tx.feed().lastSeq());

        assertThat(empty).isTrue();
        assertThat(lastSeq).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void committedRowSurvivesClosingAndReopening(Backend backend) {
        String url = newUrl(backend);
        Database first = open(url);
        first.inTransaction(tx -> {
            tx.sessions().save(SESSION);
            return null;
        });
        first.close();

        Database reopened = open(url);
        Optional<SessionRow> found = reopened.inTransaction(tx -> tx.sessions().find("hash-1"));

        assertThat(found).contains(SESSION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void failingWorkRollsBackEverything(Backend backend) {
        Database db = open(backend);

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            tx.sessions().save(SESSION);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        Optional<SessionRow> found = db.inTransaction(tx -> tx.sessions().find("hash-1"));
        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void requestsSharingABatchKeepOrUndoTheirOwnChangesOnly(Backend backend) throws Exception {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.orders().insert(TestOrders.shipOrder("O-B"));
            return null;
        });
        int requests = 40;
        CountDownLatch queued = new CountDownLatch(requests - 1);
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            // the first request holds the writer until the others are on their way, so they share batches
            Future<?> first = clients.submit(() -> db.inTransaction(tx -> {
                tx.sessions().save(session(0));
                try {
                    return queued.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            List<Future<?>> others = new ArrayList<>();
            for (int i = 1; i < requests; i++) {
                int n = i;
                others.add(clients.submit(() -> {
                    queued.countDown();
                    return db.inTransaction(tx -> {
                        if (n % 8 == 3) {
                            // fails before any statement: on PostgreSQL its savepoint was never sent
                            throw new IllegalStateException("request " + n + " fails before it writes");
                        }
                        if (n % 8 == 7) {
                            // its first trip fails while being bound, before it is sent: so is its savepoint not
                            RoundTrip trip = tx.roundTrip();
                            trip.update("DELETE FROM allocations WHERE order_id = ?", params -> {
                                throw new IllegalStateException("request " + n + " fails binding its trip");
                            });
                            trip.send();
                        }
                        if (n % 4 != 1) {
                            // a round trip carries the request's savepoint on PostgreSQL
                            RoundTrip trip = tx.roundTrip();
                            tx.orders().insertAllocations(trip, List.of(allocation(n)));
                            trip.send();
                        }
                        tx.sessions().save(session(n));
                        if (n % 4 == 0) {
                            throw new IllegalStateException("request " + n + " fails after its writes");
                        }
                        if (n % 4 == 1) {
                            tx.sessions().save(session(n)); // a failing statement: PostgreSQL aborts to the savepoint
                        }
                        return n;
                    });
                }));
            }
            first.get(30, TimeUnit.SECONDS);
            int failed = 0;
            for (Future<?> other : others) {
                try {
                    other.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failed++;
                }
            }

            assertThat(failed).isEqualTo(29);
            List<String> shipments = db.inTransaction(tx -> tx.orders().find("O-B")).orElseThrow().allocations()
                    .stream().map(AllocationRow::shipmentId).toList();
            List<String> kept = new ArrayList<>(List.of("S1"));
            for (int i = 0; i < requests; i++) {
                int n = i;
                boolean keeps = n == 0 || n % 4 == 2;
                Optional<SessionRow> found = db.inTransaction(tx -> tx.sessions().find("hash-" + n));
                assertThat(found).as("request %d", n).isEqualTo(keeps ? Optional.of(session(n)) : Optional.empty());
                if (keeps && n > 0) {
                    kept.add(allocation(n).shipmentId());
                }
            }
            assertThat(shipments).containsExactlyInAnyOrderElementsOf(kept);
        } finally {
            clients.shutdownNow();
        }
    }

    private static AllocationRow allocation(int n) {
        return new AllocationRow("O-B", 1, "B-" + n, "DC-1", "SKU-1", 1, "UPS", "GROUND", "Z2", 10.0, 2);
    }

    private static SessionRow session(int n) {
        return new SessionRow("hash-" + n, "ana", "PLANNER", Optional.empty(), SESSION.expiresAt());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aSingleStatementReadSeesWhatCommittedAndReportsItsFailures(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> {
            tx.sessions().save(SESSION);
            return null;
        });

        Optional<SessionRow> found = db.readStatement(tx -> tx.sessions().find("hash-1"));

        assertThat(found).contains(SESSION);
        assertThatThrownBy(() -> db.readStatement(tx -> tx.feed().page(0, 0, Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> db.readStatement(tx -> {
            tx.sessions().save(SESSION); // a write where only a read belongs: its key is taken anyway
            return null;
        })).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.sqlState()).contains("23505"));
        Optional<SessionRow> still = db.readStatement(tx -> tx.sessions().find("hash-1"));
        assertThat(still).contains(SESSION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void sqlFailureComesOutAsStoreExceptionWithItsState(Backend backend) {
        Database db = open(backend);

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            tx.sessions().save(SESSION);
            tx.sessions().save(SESSION);
            return null;
        })).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.sqlState()).contains("23505");
            assertThat(e).hasMessageStartingWith("transaction failed on " + db.productName())
                    .hasCauseInstanceOf(SQLException.class);
        });
        Optional<SessionRow> found = db.inTransaction(tx -> tx.sessions().find("hash-1"));
        assertThat(found).isEmpty();
    }

    @Test
    void h2FileUrlGetsDurableSettingsOnce() {
        assertThat(Database.withH2Settings("jdbc:h2:file:/data/omniroute"))
                .isEqualTo("jdbc:h2:file:/data/omniroute;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"
                        + ";QUERY_CACHE_SIZE=64");
        assertThat(Database.withH2Settings("jdbc:h2:file:/data/o;write_delay=100;DB_CLOSE_ON_EXIT=TRUE"))
                .isEqualTo("jdbc:h2:file:/data/o;write_delay=100;DB_CLOSE_ON_EXIT=TRUE;LOCK_TIMEOUT=10000"
                        + ";QUERY_CACHE_SIZE=64");
        assertThat(Database.withH2Settings("jdbc:postgresql://db/omniroute"))
                .isEqualTo("jdbc:postgresql://db/omniroute");
    }
}
