package io.omniroute.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Backoff with jitter, and reading Retry-After. */
class SyncRetryPolicyTest {

    private final RetryPolicy noJitter = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 0);

    @ParameterizedTest
    @CsvSource(textBlock = """
            1, 1
            2, 2
            3, 4
            6, 32
            7, 60
            1000, 60
            """)
    void delayDoublesUpToTheCap(int attempt, long seconds) {
        assertThat(noJitter.delay(attempt, new Random(1))).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void jitterTakesOffAtMostItsShare() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.5);
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            assertThat(policy.delay(4, random)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }

    @Test
    void retryAfterInSeconds() {
        assertThat(RetryAfter.parse("120", Instant.EPOCH)).contains(Duration.ofSeconds(120));
    }

    @Test
    void retryAfterAsAnHttpDate() {
        Instant now = Instant.parse("2026-03-02T08:15:00Z");

        assertThat(RetryAfter.parse("Mon, 02 Mar 2026 08:15:30 GMT", now)).contains(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterInThePastIsZeroAndGarbageIsIgnored() {
        Instant now = Instant.parse("2026-03-02T08:15:00Z");

        assertThat(RetryAfter.parse("Mon, 02 Mar 2026 08:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
