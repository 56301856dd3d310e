package io.omniroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioWriter;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.ApiClient.Reply;
import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acknowledged order survives kill -9 of the server, exactly once, and a retried key never doubles it. */
class DurabilityIT {

    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/api/v1");
    private static final int CLIENTS = 8;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedOrderSurvivesKillMinusNineExactlyOnce() throws Exception {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(30, 200, 100, 1, 5));
        ScenarioWriter.write(scenario, folder.resolve("scenario"));
        UserFile.empty().with(new User("plan", Role.PLANNER, Optional.empty(),
                PasswordHasher.create().hash(TestServer.PASSWORD.toCharArray()))).write(folder.resolve("users.tsv"));
        List<String> skus = scenario.inventory().stream().filter(p -> p.onHand() - p.safetyStock() > 0)
                .map(InventoryPosition::sku).distinct().limit(50).toList();

        Process first = startServer();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port(first));
        String token = api.login("plan");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> sent = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (true) {
                    int n = next.incrementAndGet();
                    String orderId = "D-" + n;
                    String key = "key-" + n;
                    String body = TestServer.shipOrderJson(orderId, skus.get(n % skus.size()), 1);
                    sent.put(key, body);
                    try {
                        Reply reply = api.post("/api/v1/orders", token, key, body);
                        if (reply.status() == 200) {
                            acknowledged.put(orderId, key);
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < 150) {
            assertThat(System.nanoTime()).as("150 orders acknowledged within two minutes").isLessThan(deadline);
            Thread.sleep(20);
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);

        Process second = startServer();
        try {
            ApiClient again = new ApiClient("http://127.0.0.1:" + port(second));
            String token2 = again.login("plan");
            for (String orderId : acknowledged.keySet()) {
                assertThat(again.get("/api/v1/orders/" + orderId, token2).status()).as(orderId).isEqualTo(200);
            }
            // Retrying every request with its own key yields each order exactly once, acknowledged or not.
            for (Map.Entry<String, String> request : sent.entrySet()) {
                Reply replay = again.post("/api/v1/orders", token2, request.getKey(), request.getValue());
                assertThat(replay.status()).as(replay.body()).isEqualTo(200);
            }
            assertThat(countOrderCreations(again, token2)).isEqualTo(sent.size());
        } finally {
            second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static long countOrderCreations(ApiClient api, String token) {
        long count = 0;
        long cursor = 0;
        boolean more = true;
        while (more) {
            var page = api.get("/api/v1/changes?limit=10000&after=" + cursor, token).json();
            for (var change : page.get("changes")) {
                if (change.get("entity").asText().equals("order") && change.get("version").asLong() == 1) {
                    count++;
                }
            }
            cursor = page.get("last_seq").asLong();
            more = page.get("has_more").asBoolean();
        }
        return count;
    }

    private Process startServer() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.omniroute.cli.Launcher", "serve", "--port", "0",
                "--db", "jdbc:h2:file:" + folder.resolve("server"), "--scenario", folder.resolve("scenario").toString(),
                "--users", folder.resolve("users.tsv").toString()));
        return new ProcessBuilder(command).redirectError(folder.resolve("server.log").toFile()).start();
    }

    private static int port(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher matcher = SERVING.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("the server stopped before it served");
    }
}
