package io.omniroute.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Player IDLE = orderId -> Optional.empty();

    @Test
    void onlyStepsThatAreDueComeOutEarliestFirst() {
        FollowUps followUps = new FollowUps();
        followUps.add(T0.plusSeconds(5), "late", IDLE);
        followUps.add(T0.plusSeconds(1), "early", IDLE);
        followUps.add(T0.plusSeconds(1), "early-too", IDLE);

        assertThat(followUps.pollDue(T0)).isEmpty();
        assertThat(followUps.pollDue(T0.plusSeconds(2)).orElseThrow().orderId()).isEqualTo("early");
        assertThat(followUps.pollDue(T0.plusSeconds(2)).orElseThrow().orderId()).isEqualTo("early-too");
        assertThat(followUps.pollDue(T0.plusSeconds(2))).isEmpty();
        assertThat(followUps.size()).isEqualTo(1);
    }
}
