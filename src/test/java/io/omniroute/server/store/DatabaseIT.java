package io.omniroute.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
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

        assertThat(db.productName()).isEqualTo(backend == Backend.H2 ? "H2" : "PostgreSQL");        boolean empty = db.inTransaction(tx -> tx.network().isEmpty());
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
