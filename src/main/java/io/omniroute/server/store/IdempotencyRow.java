package io.omniroute.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The recorded outcome of one command, replayed when the same Idempotency-Key comes again.
 *
 * @param requestHash a hash of the request body: the same key with another body is refused
 * @param response the JSON body first returned
 */
public record IdempotencyRow(
        String key, String userName, String requestHash, int statusCode, String response, Instant createdAt) {

    public IdempotencyRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
