package io.omniroute.sync;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** The body of {@code POST /commands}; the payload is sent as the JSON the outbox holds. */
record CommandRequest(String type, String target, long expectedVersion, @JsonRawValue String payload,
        String reason) {
}
