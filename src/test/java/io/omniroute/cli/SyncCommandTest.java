package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.LocalStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code omniroute sync} against MockWebServer, with a stand-in for the cache. */
class SyncCommandTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final AtomicLong cursor = new AtomicLong();

    @Test
    void onceLogsInWithThePasswordFromTheEnvironmentPullsAndExits() throws Exception {
        server.enqueue(json("{\"status\": \"UP\", \"version\": \"t\", \"database\": \"H2\", \"last_seq\": 1}"));
        server.enqueue(json("{\"token\": \"t\", \"role\": \"PLANNER\", \"node_id\": null,"
                + " \"expires_at\": \"2026-11-25T20:00:00Z\"}"));
        server.enqueue(json("{\"changes\": [{\"seq\": 1, \"entity\": \"node\", \"id\": \"DC-001\", \"version\": 1,"
                + " \"deleted\": false, \"data\": {\"node_id\": \"DC-001\"}}], \"last_seq\": 1, \"has_more\": false}"));

        Run run = run(Map.of("OMNIROUTE_PASSWORD", "s3cret pw"), "", "--once");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("synced to seq 1 (1 changes in 1 pages); sent 0 commands, 0 still pending");
        assertThat(run.out() + run.err()).doesNotContain("s3cret");
        server.takeRequest();
        RecordedRequest login = server.takeRequest();
        assertThat(login.getBody().utf8()).isEqualTo("{\"user\":\"ana\",\"password\":\"s3cret pw\"}");
        assertThat(cursor.get()).isEqualTo(1);
    }

    @Test
    void passwordIsReadFromStandardInputWhenTheVariableIsUnset() throws Exception {
        server.enqueue(json("{}"));
        server.enqueue(json("{\"error\": \"invalid user or password\"}", 401));

        Run run = run(Map.of(), "typed pw\n", "--once");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the server refused the login of user 'ana': invalid user or password");
        server.takeRequest();
        assertThat(server.takeRequest().getBody().utf8()).contains("\"password\":\"typed pw\"");
    }

    @Test
    void noPasswordAtAllIsBadInput() {
        Run run = run(Map.of(), "", "--once");

        assertThat(run.exitCode()).isEqualTo(OmnirouteCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("no password");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void isListedInTheTopLevelHelp() {
        assertThat(CommandRun.of("--help").out()).contains("sync");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Map<String, String> environment, String input, String... extra) {
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        CommandLine commandLine = new CommandLine(new SyncCommand(dir -> store(), environment::get, in));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = new String[4 + extra.length];
        args[0] = "--server";
        args[1] = server.url("/").toString();
        args[2] = "--user";
        args[3] = "ana";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    /** Enough of a cache for a pull with an empty outbox. */
    private LocalStore store() {
        return (LocalStore) Proxy.newProxyInstance(LocalStore.class.getClassLoader(), new Class<?>[] {LocalStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "cursor" -> cursor.get();
                    case "applyPage" -> {
                        cursor.set((Long) args[1]);
                        yield null;
                    }
                    case "nextToSend" -> java.util.Optional.empty();
                    case "commands" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static MockResponse json(String body) {
        return json(body, 200);
    }

    private static MockResponse json(String body, int code) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
