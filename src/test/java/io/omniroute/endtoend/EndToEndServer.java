package io.omniroute.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.OmnirouteServer;
import io.omniroute.server.ServerSettings;
import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The real reference server on loopback over an H2 file and a small generated scenario, with two planners ("plan" is
 * the console's user, "other" a second client), and plain HTTP calls for what the tests do outside the console.
 */
final class EndToEndServer implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Scenario scenario;
    private final ServerSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private OmnirouteServer server;
    private final int port;

    private EndToEndServer(Scenario scenario, ServerSettings settings, OmnirouteServer server) {
        this.scenario = scenario;
        this.settings = settings;
        this.server = server;
        this.port = server.port();
    }

    static EndToEndServer start(Path folder) throws IOException {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(20, 100, 50, 2, 11));
        Path scenarioDir = folder.resolve("scenario");
        ScenarioWriter.write(scenario, scenarioDir);
        PasswordHasher hasher = PasswordHasher.create();
        Path users = folder.resolve("users.tsv");
        UserFile.empty()
                .with(new User("plan", Role.PLANNER, Optional.empty(), hasher.hash(PASSWORD.toCharArray())))
                .with(new User("other", Role.PLANNER, Optional.empty(), hasher.hash(PASSWORD.toCharArray())))
                .write(users);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, "jdbc:h2:file:" + folder.resolve("server"),
                "sa", "", Optional.of(scenarioDir), users);
        return new EndToEndServer(scenario, settings, OmnirouteServer.start(settings, Clock.systemUTC()));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void stop() {
        server.close();
        server = null;
    }

    /** Starts again on the same port and H2 file, as a restarted backend would. */
    void restart() throws IOException {
        server = OmnirouteServer.start(new ServerSettings(settings.bind(), port, settings.jdbcUrl(),
                settings.dbUser(), settings.dbPassword(), settings.scenario(), settings.usersFile()),
                Clock.systemUTC());
    }

    String login(String user) {
        Reply reply = post("/api/v1/sessions", null, null,
                "{\"user\": \"" + user + "\", \"password\": \"" + PASSWORD + "\"}");
        return reply.expect(200).get("token").asText();
    }

    /** A one-line SHIP order of {@code qty} units of the scenario's first SKU. */
    JsonNode createOrder(String token, String orderId, int qty) {
        return createOrder(token, orderId, scenario.skus().get(0).sku(), qty);
    }

    JsonNode createOrder(String token, String orderId, String sku, int qty) {
        String body = """
                {"order_id": "%s", "channel": "WEB", "fulfillment": "SHIP", "service_level": "STANDARD",
                 "lat": 40.7, "lon": -74.0, "zip": "10001", "customer_name": "Ada Park",
                 "lines": [{"line_no": 1, "sku": "%s", "qty": %d}]}
                """.formatted(orderId, sku, qty);
        return post("/api/v1/orders", token, UUID.randomUUID().toString(), body).expect(200);
    }

    Reply post(String path, String token, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    JsonNode get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build()).expect(200);
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

    /** An HTTP answer. */
    record Reply(int status, String body) {

        JsonNode expect(int wanted) {
            if (status != wanted) {
                throw new AssertionError("expected HTTP " + wanted + " but got " + status + ": " + body);
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
