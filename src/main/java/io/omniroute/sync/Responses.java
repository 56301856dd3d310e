package io.omniroute.sync;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** Reading what a failed call says: the contract's error body and the Retry-After header. */
final class Responses {

    private Responses() {
    }

    /** The error body, when the server sent one we can read. */
    static Optional<ErrorBody> errorBody(Response<?> response) {
        try (ResponseBody body = response.errorBody()) {
            if (body == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(SyncJson.MAPPER.readValue(body.string(), ErrorBody.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** "HTTP 503: the database is unavailable; ..." (the server's one sentence, or the status line's reason). */
    static String describe(int status, Optional<ErrorBody> body, String reason) {
        String message = body.map(ErrorBody::error).filter(text -> !text.isBlank()).orElse(reason);
        return "HTTP " + status + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** A failed call as a retryable failure, with the server's requested wait. */
    static UnexpectedResponseException failure(Response<?> response, Instant now) {
        Optional<ErrorBody> body = errorBody(response);
        return new UnexpectedResponseException(response.code(), describe(response.code(), body, response.message()),
                RetryAfter.parse(response.headers().get("Retry-After"), now));
    }
}
