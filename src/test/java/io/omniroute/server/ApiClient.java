package io.omniroute.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A plain HTTP client for contract tests: real requests to the server on loopback. */
final class ApiClient {

    /** A response: status and body, parsed when it is JSON. */
    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return Json.tree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiClient(String base) {
        this.base = base;
    }

    String login(String user) {
        Reply reply = post("/api/v1/sessions", null, null,
                "{\"user\": \"" + user + "\", \"password\": \"" + TestServer.PASSWORD + "\"}");
        if (reply.status() != 200) {
            throw new AssertionError("login of " + user + " failed: " + reply);
        }
        return reply.json().get("token").asText();
    }

    Reply get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build());
    }

    Reply post(String path, String token, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        // A body over the server's limit is refused with 413 before it is read; sent at once, the refusal can close
        // the connection while the client still writes, and the client sees no response at all. Expect: 100-continue
        // lets the server answer first.
        request.expectContinue(body.length() > 1 << 20);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens an event stream; lines arrive as the server sends them. Close the stream to hang up. */
    java.util.stream.Stream<String> stream(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = http.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new AssertionError("stream refused: " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply postOnce(String path, String token, String body) {
        return post(path, token, UUID.randomUUID().toString(), body);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
