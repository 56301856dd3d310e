package io.omniroute.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: attempt n waits {@code first * 2^(n-1)}, capped at {@code max}, of which a random
 * share up to {@code jitter} is taken off, so many consoles that lost the server together do not return together.
 */
public record RetryPolicy(Duration first, Duration max, double jitter) {

    public RetryPolicy {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, was first " + first + ", max " + max);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be 0..1, was " + jitter);
        }
    }

    /** 1 s doubling up to 5 minutes, with up to half taken off. */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.5);
    }

    /** The wait before attempt {@code attempt + 1} after {@code attempt} failures (1 for the first failure). */
    public Duration delay(int attempt, RandomGenerator random) {
        int doublings = Math.max(0, Math.min(attempt - 1, 40));
        double nanos = Math.min((double) max.toNanos(), first.toNanos() * Math.pow(2, doublings));
        return Duration.ofNanos((long) (nanos * (1 - jitter * random.nextDouble())));
    }
}
