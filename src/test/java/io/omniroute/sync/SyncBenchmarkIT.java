package io.omniroute.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.H2LocalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync benchmark at a tiny size, against the real server over loopback, into a real H2 cache. */
class SyncBenchmarkIT {

    @TempDir
    Path folder;

    private LoopbackServer server;
    private CacheDatabase database;
    private H2LocalStore cache;

    @BeforeEach
    void start() throws Exception {
        server = LoopbackServer.start(folder.resolve("server"));
        database = CacheDatabase.open(folder.resolve("cache"));
        cache = H2LocalStore.on(database, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        database.close();
        server.close();
    }

    @Test
    void measuresTheInitialSyncAndTheLatencyOfEveryPostedOrder() throws Exception {
        long serverLastSeq = BackendClient.create(settings()).health.health().execute().body().lastSeq();

        SyncBenchmark.Result result = SyncBenchmark.against(settings()).run(cache, 5, 20);

        assertThat(result.initialSync().changes()).isEqualTo(serverLastSeq);
        assertThat(result.initialSync().changesPerSecond()).isPositive();
        assertThat(result.latency().orders()).isEqualTo(5);
        assertThat(result.latency().missing()).isZero();
        assertThat(result.latency().p50()).isLessThanOrEqualTo(result.latency().p95())
                .isLessThanOrEqualTo(result.latency().max()).isLessThan(Duration.ofSeconds(5));
        assertThat(cache.stats().entities().get(EntityTable.ORDER)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void refusesACacheThatHasSyncedBefore() throws Exception {
        SyncService.create(settings(), cache).runOnce();

        assertThatThrownBy(() -> SyncBenchmark.against(settings()).run(cache, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty cache");
    }

    @Test
    void refusesAnAddressThatIsNotLoopback() {
        assertThatThrownBy(() -> SyncBenchmark.against(SyncSettings.of("http://192.0.2.1:8080", "plan",
                Password.of("x".toCharArray())))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only targets loopback addresses, not http://192.0.2.1:8080");
    }

    @Test
    void percentileIsTheNearestRank() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

        assertThat(SyncBenchmark.percentile(sorted, 0.50)).isEqualTo(Duration.ofNanos(50));
        assertThat(SyncBenchmark.percentile(sorted, 0.95)).isEqualTo(Duration.ofNanos(100));
        assertThat(SyncBenchmark.percentile(new long[] {7}, 0.95)).isEqualTo(Duration.ofNanos(7));
    }

    private SyncSettings settings() {
        return SyncSettings.of(server.url(), "plan", Password.of(LoopbackServer.PASSWORD.toCharArray()));
    }
}
