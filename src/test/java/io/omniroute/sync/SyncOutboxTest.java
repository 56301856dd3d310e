package io.omniroute.sync;

import static io.omniroute.sync.MockBackend.TOKEN;
import static io.omniroute.sync.MockBackend.applied;
import static io.omniroute.sync.MockBackend.json;
import static io.omniroute.sync.MockBackend.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox sender against MockWebServer, with the faults a console meets on a bad network. */
class SyncOutboxTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final InMemoryStore store = new InMemoryStore();
    private OutboxSender sender;
    private OutboxCommand command;

    @BeforeEach
    void queueOneCommand() {
        SyncSettings settings = MockBackend.settings(server);
        sender = new OutboxSender(BackendClient.create(settings), store, new StatusBoard(), settings, new StopFlag(),
                Clock.systemUTC(), new Random(7));
        command = store.enqueue(new NewCommand("CANCEL_LINES", "order", "O-0000042", 3,
                "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}", "customer asked", "ana"), Instant.now());
        server.enqueue(login(TOKEN));
    }

    @Test
    void appliedCommandIsPostedWithItsKeyAndMarkedApplied() throws Exception {
        server.enqueue(applied(4));

        sender.sendNext();

        assertThat(store.command(command.id()).state()).isEqualTo(OutboxState.APPLIED);
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/sessions");
        RecordedRequest post = server.takeRequest();
        assertThat(post.getUrl().encodedPath()).isEqualTo("/api/v1/commands");
        assertThat(post.getHeaders().get("Idempotency-Key")).isEqualTo(command.idempotencyKey());
        assertThat(post.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(post.getBody().utf8()).isEqualTo("{\"type\":\"CANCEL_LINES\",\"target\":\"O-0000042\","
                + "\"expected_version\":3,\"payload\":{\"lines\": [{\"line_no\": 1, \"qty\": 1}]},"
                + "\"reason\":\"customer asked\"}");
    }

    @Test
    void connectionDroppedAfterTheServerGotTheRequestIsRetriedUnderTheSameKey() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(applied(4));

        List<String> keys = sendUntilFinal(2);

        assertThat(store.command(command.id()).state()).isEqualTo(OutboxState.APPLIED);
        assertThat(keys).containsExactly(command.idempotencyKey(), command.idempotencyKey());
    }

    @Test
    void serverErrorsAreRetriedUntilTheServerAppliesIt() throws Exception {
        server.enqueue(json(500, "{\"error\": \"internal error\"}"));
        server.enqueue(json(503, "{\"error\": \"the database is unavailable; retry with the same Idempotency-Key\"}"));
        server.enqueue(applied(4));

        List<String> keys = sendUntilFinal(3);

        assertThat(store.command(command.id()).state()).isEqualTo(OutboxState.APPLIED);
        assertThat(store.command(command.id()).attempts()).isEqualTo(3);
        assertThat(keys).hasSize(3).containsOnly(command.idempotencyKey());
    }

    @Test
    void tooManyRequestsWaitsAtLeastTheRetryAfterSeconds() throws Exception {
        server.enqueue(new MockResponse.Builder(json(429, "{\"error\": \"slow down\"}"))
                .setHeader("Retry-After", "2").build());
        Instant before = Instant.now();

        sender.sendNext();

        OutboxCommand waiting = store.command(command.id());
        assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.nextAttemptAt().orElseThrow()).isAfterOrEqualTo(before.plusSeconds(2));
        assertThat(waiting.lastError().orElseThrow()).contains("HTTP 429: slow down");
        assertThat(store.nextToSend(Instant.now())).isEmpty();
    }

    @Test
    void slowBodyTimesOutAndIsRetriedUnderTheSameKey() throws Exception {
        server.enqueue(new MockResponse.Builder(applied(4)).bodyDelay(2, TimeUnit.SECONDS).build());
        server.enqueue(applied(4));

        List<String> keys = sendUntilFinal(2);

        assertThat(store.command(command.id()).state()).isEqualTo(OutboxState.APPLIED);
        assertThat(keys).containsExactly(command.idempotencyKey(), command.idempotencyKey());
    }

    @Test
    void conflictKeepsTheServersViewOfTheOrder() {
        server.enqueue(json(409, """
                {"status": "CONFLICT", "error": "order O-0000042 is at version 4, not 3",
                 "current": {"order_id": "O-0000042", "status": "CANCELLED"}}"""));

        sender.sendNext();

        OutboxCommand conflict = store.command(command.id());
        assertThat(conflict.state()).isEqualTo(OutboxState.CONFLICT);
        assertThat(conflict.serverView().orElseThrow())
                .isEqualTo("{\"order_id\":\"O-0000042\",\"status\":\"CANCELLED\"}");
    }

    @Test
    void unprocessableCommandFailsWithTheServersMessage() {
        server.enqueue(json(422, """
                {"error": "line 1 has only 0 units left to cancel",
                 "problems": [{"field": "payload.lines[0].qty", "message": "at most 0"}]}"""));

        sender.sendNext();

        OutboxCommand failed = store.command(command.id());
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.lastError()).contains("HTTP 422: line 1 has only 0 units left to cancel");
    }

    @Test
    void forbiddenCommandFailsWithTheServersMessage() {
        server.enqueue(json(403, "{\"error\": \"only planners and integrations confirm shipments\"}"));

        sender.sendNext();

        assertThat(store.command(command.id()).state()).isEqualTo(OutboxState.FAILED);
        assertThat(store.command(command.id()).lastError().orElseThrow()).contains("only planners");
    }

    @Test
    void rejectedTokenLogsInAgainOnceAndResendsUnderTheSameKey() throws Exception {
        server.enqueue(json(401, "{\"error\": \"the token is unknown or has expired; log in again\"}"));
        server.enqueue(login("t0k3n-second"));
        server.enqueue(applied(4));

        sender.sendNext();

        assertThat(store.command(command.id()).state()).isEqualTo(OutboxState.APPLIED);
        server.takeRequest();
        RecordedRequest first = server.takeRequest();
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/sessions");
        RecordedRequest again = server.takeRequest();
        assertThat(again.getHeaders().get("Authorization")).isEqualTo("Bearer t0k3n-second");
        assertThat(again.getHeaders().get("Idempotency-Key")).isEqualTo(first.getHeaders().get("Idempotency-Key"));
    }

    @Test
    void secondRejectionAfterAFreshLoginIsRetriedLater() {
        server.enqueue(json(401, "{\"error\": \"expired\"}"));
        server.enqueue(login("t0k3n-second"));
        server.enqueue(json(401, "{\"error\": \"expired\"}"));

        sender.sendNext();

        assertThat(store.command(command.id()).state()).isEqualTo(OutboxState.PENDING);
        assertThat(store.command(command.id()).lastError().orElseThrow()).contains("HTTP 401");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    /** Sends whenever the command is due, until it is final; returns the keys the server saw on /commands. */
    private List<String> sendUntilFinal(int sends) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (store.command(command.id()).state() == OutboxState.PENDING && System.nanoTime() < deadline) {
            if (!sender.sendNext()) {
                Thread.sleep(5);
            }
        }
        List<String> keys = new ArrayList<>();
        server.takeRequest();
        for (int i = 0; i < sends; i++) {
            keys.add(server.takeRequest().getHeaders().get("Idempotency-Key"));
        }
        return keys;
    }
}
