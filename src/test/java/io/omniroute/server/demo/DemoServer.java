package io.omniroute.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.Json;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real demo server on loopback over a small generated scenario in an H2 file, with one planner, and the plain
 * HTTP calls the demo tests make.
 */
final class DemoServer implements AutoCloseable {

    private static final String PASSWORD = "correct horse battery";

    final Scenario scenario;
    private final OmnirouteServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    private DemoServer(Scenario scenario, OmnirouteServer server) {
        this.scenario = scenario;
        this.server = server;
        this.token = login();
    }

    /** Generates the scenario and users into the folder unless they are there, and serves its H2 file in demo mode. */
    static DemoServer start(Path folder, DemoSettings demo) throws IOException {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(40, 300, 200, 2, 11));
        Path scenarioDir = folder.resolve("scenario");
        Path usersFile = folder.resolve("users.tsv");
        if (!Files.exists(usersFile)) {
            ScenarioWriter.write(scenario, scenarioDir);
            UserFile.empty().with(new User("plan", Role.PLANNER, Optional.empty(),
                    PasswordHasher.create().hash(PASSWORD.toCharArray()))).write(usersFile);
        }
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, "jdbc:h2:file:" + folder.resolve("server"), "sa",
                "", Optional.of(scenarioDir), usersFile).withDemo(demo);
        return new DemoServer(scenario, OmnirouteServer.start(settings, Clock.systemUTC()));
    }

    int healthStatus() {
        return send(request("/api/v1/health").GET().build()).statusCode();
    }

    JsonNode get(String path) {
        HttpResponse<String> response = send(request(path).header("Authorization", "Bearer " + token).GET().build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    /** Every feed row after the seq, as a planner sees them, oldest first. */
    List<JsonNode> changesAfter(long after) {
        List<JsonNode> rows = new ArrayList<>();
        long cursor = after;
        boolean more = true;
        while (more) {
            JsonNode page = get("/api/v1/changes?after=" + cursor + "&limit=10000");
            page.get("changes").forEach(rows::add);
            cursor = page.get("last_seq").asLong();
            more = page.get("has_more").asBoolean();
        }
        return rows;
    }

    private String login() {
        String body = "{\"user\": \"plan\", \"password\": \"" + PASSWORD + "\"}";
        HttpResponse<String> response = send(request("/api/v1/sessions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return parse(response.body()).get("token").asText();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return Json.tree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
