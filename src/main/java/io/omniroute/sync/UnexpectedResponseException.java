package io.omniroute.sync;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** A status the caller cannot use (5xx, 429, 401 after a fresh login, ...): retryable like an I/O failure. */
final class UnexpectedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Optional<Duration> retryAfter;

    UnexpectedResponseException(int status, String message, Optional<Duration> retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    Optional<Duration> retryAfter() {
        return retryAfter == null ? Optional.empty() : retryAfter;
    }
}
