package io.omniroute.server.http;

import java.util.List;
import java.util.Map;

/** A request the server refuses, with the status and the body of docs/sync-api.md "Errors". */
public final class ApiException extends RuntimeException {

    /** One thing wrong with a request, by field path ({@code lines[0].qty}). */
    public record Problem(String field, String message) {
    }

    private final int status;
    private final transient List<Problem> problems;
    private final transient Map<String, Object> extra;

    private ApiException(int status, String message, List<Problem> problems, Map<String, Object> extra) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
        this.extra = Map.copyOf(extra);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message, List.of(), Map.of());
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, message, List.of(), Map.of());
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message, List.of(), Map.of());
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message, List.of(), Map.of());
    }

    /** A stale expected_version: the body carries the entity as it is now. */
    public static ApiException conflict(String message, Object current) {
        return new ApiException(409, message, List.of(), Map.of("status", "CONFLICT", "current", current));
    }

    public static ApiException unprocessable(String message, List<Problem> problems) {
        return new ApiException(422, message, problems, Map.of());
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
