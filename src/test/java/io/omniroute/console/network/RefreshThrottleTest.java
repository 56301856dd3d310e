package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshThrottleTest {

    private long now = 5_000_000_000L;
    private final RefreshThrottle throttle = new RefreshThrottle(Duration.ofSeconds(1), () -> now);

    @Test
    void theFirstRequestStartsAtOnce() {
        assertThat(throttle.request()).isTrue();
        assertThat(throttle.delayBeforeStart()).isZero();
    }

    @Test
    void requestsDuringARefreshFoldIntoOneMore() {
        throttle.request();
        throttle.delayBeforeStart();

        assertThat(throttle.request()).isFalse();
        assertThat(throttle.request()).isFalse();
        assertThat(throttle.finished(true)).isTrue();
        assertThat(throttle.finished(true)).isFalse();
    }

    @Test
    void aQuietRefreshNeedsNoFollowUp() {
        throttle.request();
        throttle.delayBeforeStart();

        assertThat(throttle.finished(true)).isFalse();
        assertThat(throttle.request()).isTrue();
    }

    @Test
    void aFailedRefreshDropsTheRequestsThatCameMeanwhile() {
        throttle.request();
        throttle.delayBeforeStart();
        throttle.request();

        assertThat(throttle.finished(false)).isFalse();
        assertThat(throttle.request()).isTrue();
    }

    @Test
    void theNextStartWaitsOutTheGap() {
        throttle.request();
        throttle.delayBeforeStart();
        throttle.finished(true);
        now += 300_000_000L;

        throttle.request();

        assertThat(throttle.delayBeforeStart()).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aStartLongAfterTheLastOneWaitsNothing() {
        throttle.request();
        throttle.delayBeforeStart();
        throttle.finished(true);
        now += 5_000_000_000L;

        throttle.request();

        assertThat(throttle.delayBeforeStart()).isZero();
    }
}
