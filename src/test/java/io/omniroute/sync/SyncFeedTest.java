package io.omniroute.sync;

import static io.omniroute.sync.MockBackend.TOKEN;
import static io.omniroute.sync.MockBackend.change;
import static io.omniroute.sync.MockBackend.health;
import static io.omniroute.sync.MockBackend.json;
import static io.omniroute.sync.MockBackend.login;
import static io.omniroute.sync.MockBackend.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The feed: the initial pull in pages, its faults, and the live stream with its polling fallback. */
class SyncFeedTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final InMemoryStore store = new InMemoryStore();

    @Test
    void initialPullAppliesEveryPageAndReportsProgress() throws Exception {
        server.enqueue(health(3));
        server.enqueue(login(TOKEN));
        server.enqueue(page(2, true, change(1, "node", "DC-001", 1), change(2, "sku", "SKU-1", 1)));
        server.enqueue(page(3, false, change(3, "inventory", "DC-001|SKU-1", 1)));
        List<SyncProgress> progress = new CopyOnWriteArrayList<>();
        SyncService sync = service(progress);

        SyncReport report = sync.runOnce();

        assertThat(store.cursor()).isEqualTo(3);
        assertThat(store.entity("inventory", "DC-001|SKU-1")).isPresent();
        assertThat(progress).containsExactly(new SyncProgress(2, 2, 3, 1), new SyncProgress(3, 3, 3, 2));
        assertThat(report.pull()).isEqualTo(new SyncProgress(3, 3, 3, 2));
        assertThat(sync.status().state()).isEqualTo(ConnectionState.ONLINE);
        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/changes?after=0&limit=2");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/changes?after=2&limit=2");
    }

    @Test
    void pullInterruptedMidwayResumesFromTheCursor() throws Exception {
        server.enqueue(health(3));
        server.enqueue(login(TOKEN));
        server.enqueue(page(2, true, change(1, "node", "DC-001", 1), change(2, "sku", "SKU-1", 1)));
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        SyncService sync = service(new CopyOnWriteArrayList<>());
        assertThatThrownBy(sync::runOnce).isInstanceOf(SyncFailure.class);
        assertThat(store.cursor()).isEqualTo(2);
        server.enqueue(health(3));
        server.enqueue(page(3, false, change(3, "inventory", "DC-001|SKU-1", 1)));

        sync.runOnce();

        assertThat(store.cursor()).isEqualTo(3);
        assertThat(server.getRequestCount()).isEqualTo(6);
        for (int i = 0; i < 5; i++) {
            server.takeRequest();
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/changes?after=2&limit=2");
    }

    @Test
    void malformedPagePausesTheFeedAndLeavesTheStoreUntouched() {
        server.enqueue(health(3));
        server.enqueue(login(TOKEN));
        server.enqueue(json(200, "{\"changes\": [{\"seq\": 1, \"entity\": \"node\", \"id\": "));
        SyncService sync = service(new CopyOnWriteArrayList<>());

        assertThatThrownBy(sync::runOnce).isInstanceOf(SyncFailure.class)
                .hasMessageContaining("the change feed page after seq 0 is not valid JSON");

        assertThat(sync.status().state()).isEqualTo(ConnectionState.PAUSED);
        assertThat(sync.status().lastError().orElseThrow()).contains("nothing of the page was applied");
        assertThat(store.pagesApplied()).isZero();
        assertThat(store.cursor()).isZero();
    }

    @Test
    void pageWhoseSeqsGoBackPausesTheFeedAndLeavesTheStoreUntouched() {
        server.enqueue(health(3));
        server.enqueue(login(TOKEN));
        server.enqueue(page(2, false, change(2, "node", "DC-001", 1), change(1, "sku", "SKU-1", 1)));
        SyncService sync = service(new CopyOnWriteArrayList<>());

        assertThatThrownBy(sync::runOnce).hasMessageContaining("seqs must strictly increase");

        assertThat(sync.status().state()).isEqualTo(ConnectionState.PAUSED);
        assertThat(store.pagesApplied()).isZero();
    }

    @Test
    void liveStreamEventsReachTheStore() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                return switch (path) {
                    case "/api/v1/health" -> health(1);
                    case "/api/v1/sessions" -> login(TOKEN);
                    case "/api/v1/changes" -> request.getUrl().queryParameter("after").equals("0")
                            ? page(1, false, change(1, "node", "DC-001", 1)) : page(Long.parseLong(
                                    request.getUrl().queryParameter("after")), false);
                    case "/api/v1/changes/stream" -> new MockResponse.Builder()
                            .setHeader("Content-Type", "text/event-stream")
                            .body("id: 2\nevent: change\ndata: " + change(2, "sku", "SKU-1", 1).replace("\n", "")
                                    + "\n\n: keep-alive\n\n").build();
                    default -> json(404, "{\"error\": \"no\"}");
                };
            }
        });
        try (SyncService sync = service(new CopyOnWriteArrayList<>())) {
            sync.start();

            await(() -> store.cursor() == 2);

            assertThat(store.entity("sku", "SKU-1")).isPresent();
            assertThat(sync.status().state()).isEqualTo(ConnectionState.ONLINE);
        }
    }

    @Test
    void failingStreamFallsBackToPollingTheFeed() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                return switch (path) {
                    case "/api/v1/health" -> health(0);
                    case "/api/v1/sessions" -> login(TOKEN);
                    case "/api/v1/changes" -> page(5, false, change(5, "node", "DC-001", 2));
                    default -> json(500, "{\"error\": \"streams are off\"}");
                };
            }
        });
        try (SyncService sync = service(new CopyOnWriteArrayList<>())) {
            sync.start();

            await(() -> store.cursor() == 5 && sync.status().lastError().isPresent());

            assertThat(sync.status().state()).isEqualTo(ConnectionState.ONLINE);
            assertThat(sync.status().lastError().orElseThrow()).contains("change stream failed");
        }
    }

    @Test
    void unreachableServerIsOfflineWithTheReason() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return json(503, "{\"error\": \"the database is unavailable\"}");
            }
        });
        try (SyncService sync = service(new CopyOnWriteArrayList<>())) {
            sync.start();

            await(() -> sync.status().state() == ConnectionState.OFFLINE && sync.status().lastError().isPresent());

            assertThat(sync.status().lastError().orElseThrow()).contains("HTTP 503");
        }
    }

    private SyncService service(List<SyncProgress> progress) {
        SyncService sync = SyncService.create(MockBackend.settings(server).withPageSize(2), store);
        sync.addListener(new SyncListener() {
            @Override
            public void progress(SyncProgress value) {
                progress.add(value);
            }
        });
        return sync;
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
