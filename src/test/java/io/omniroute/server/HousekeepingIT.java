package io.omniroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.server.store.Database;
import io.omniroute.server.store.IdempotencyRow;
import io.omniroute.server.store.SessionRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HousekeepingIT {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void sweepForgetsExpiredSessionsAndResponsesOlderThanTheReplayWindowOnly() {
        try (Database db = Database.open("jdbc:h2:mem:housekeeping;DB_CLOSE_DELAY=-1", "sa", "")) {
            db.inTransaction(tx -> {
                tx.sessions().save(new SessionRow("expired", "ana", "PLANNER", Optional.empty(), NOW.minusSeconds(1)));
                tx.sessions().save(new SessionRow("live", "ana", "PLANNER", Optional.empty(), NOW.plusSeconds(60)));
                tx.idempotency().save(new IdempotencyRow("old", "ana", "h", 200, "{}",
                        NOW.minus(Housekeeping.REPLAY_WINDOW).minus(Duration.ofMinutes(1))));
                tx.idempotency().save(new IdempotencyRow("recent", "ana", "h", 200, "{}", NOW.minus(Duration.ofDays(3))));
                return null;
            });
            try (Housekeeping housekeeping = Housekeeping.start(db, Clock.fixed(NOW, ZoneOffset.UTC))) {
                housekeeping.sweep();
            }

            Optional<SessionRow> expired = db.read(tx -> tx.sessions().find("expired"));
            Optional<SessionRow> live = db.read(tx -> tx.sessions().find("live"));
            Optional<IdempotencyRow> old = db.read(tx -> tx.idempotency().find("old"));
            Optional<IdempotencyRow> recent = db.read(tx -> tx.idempotency().find("recent"));
            assertThat(expired).isEmpty();
            assertThat(live).isPresent();
            assertThat(old).isEmpty();
            assertThat(recent).isPresent();
        }
    }
}
