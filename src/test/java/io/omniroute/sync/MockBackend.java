package io.omniroute.sync;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Canned answers of the backend API for MockWebServer tests. */
final class MockBackend {

    static final String TOKEN = "t0k3n-first";

    private MockBackend() {
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse login(String token) {
        return json(200, """
                {"token": "%s", "role": "PLANNER", "node_id": null, "expires_at": "2026-11-25T20:00:00Z"}
                """.formatted(token));
    }

    static MockResponse applied(long version) {
        return json(200, "{\"status\": \"APPLIED\", \"version\": " + version + ", \"changes\": []}");
    }

    static MockResponse health(long lastSeq) {
        return json(200, "{\"status\": \"UP\", \"version\": \"t\", \"database\": \"H2\", \"last_seq\": " + lastSeq
                + "}");
    }

    static String change(long seq, String entity, String id, long version) {
        return """
                {"seq": %d, "entity": "%s", "id": "%s", "version": %d, "deleted": false,
                 "data": {"id": "%s", "version": %d}}""".formatted(seq, entity, id, version, id, version);
    }

    static MockResponse page(long lastSeq, boolean hasMore, String... changes) {
        return json(200, "{\"changes\": [" + String.join(",", changes) + "], \"last_seq\": " + lastSeq
                + ", \"has_more\": " + hasMore + "}");
    }

    /** Quick retries and short timeouts, so fault tests take milliseconds. */
    static SyncSettings settings(MockWebServer server) {
        return SyncSettings.of(server.url("/").toString(), "ana", Password.of("secret pw".toCharArray()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(2))
                .withRetry(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 0.5), Duration.ofMillis(10),
                        Duration.ofMillis(50));
    }
}
