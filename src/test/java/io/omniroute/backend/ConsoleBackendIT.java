package io.omniroute.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.EntityTable;
import io.omniroute.engine.model.Scenario;
import io.omniroute.generate.GeneratorSettings;
import io.omniroute.generate.ScenarioGenerator;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import io.omniroute.server.demo.DemoSettings;
import io.omniroute.sync.ConnectionState;
import io.omniroute.sync.Password;
import io.omniroute.sync.SyncListener;
import io.omniroute.sync.SyncProgress;
import io.omniroute.sync.SyncSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default end to end: sample, users file, server, cache and sync in one data folder. */
class ConsoleBackendIT {

    /** Tiny, so a start takes a second or two; the default sample runs the same code at a larger size. */
    private static final GeneratorSettings SAMPLE = GeneratorSettings.of(20, 100, 100, 2, 11);
    private static final Scenario SCENARIO = ScenarioGenerator.generate(SAMPLE);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void firstStartSyncsTheSampleNetworkIntoTheCache() throws Exception {
        try (ConsoleBackend backend = start()) {
            awaitOnline(backend);

            assertThat(backend.isEmbedded()).isTrue();
            assertThat(backend.apiUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v1");
            assertThat(count(backend, EntityTable.NODE)).isEqualTo(SCENARIO.nodes().size());
            assertThat(count(backend, EntityTable.SKU)).isEqualTo(SCENARIO.skus().size());
            assertThat(count(backend, EntityTable.INVENTORY)).isEqualTo(SCENARIO.inventory().size());
        }
        assertThat(dataDir.resolve("server.mv.db")).isRegularFile();
        assertThat(dataDir.resolve("cache.mv.db")).isRegularFile();
        assertThat(dataDir.resolve("sample/nodes.csv")).isRegularFile();
        assertThat(UserFile.read(dataDir.resolve("users.tsv")).find("local")).map(User::role).contains(Role.PLANNER);
    }

    @Test
    void demoOrdersArriveInTheCacheOverTime() throws Exception {
        try (ConsoleBackend backend = start()) {
            awaitOnline(backend);
            long before = count(backend, EntityTable.ORDER);

            await("ten more demo orders in the cache", () -> count(backend, EntityTable.ORDER) >= before + 10);
            assertThat(backend.sync().status().lastError()).as("the change stream held").isEmpty();
        }
    }

    @Test
    void restartReusesTheDatabaseTheSampleAndTheUser() throws Exception {
        long cursor;
        try (ConsoleBackend first = start()) {
            awaitOnline(first);
            await("a demo order in the cache", () -> count(first, EntityTable.ORDER) > 0);
            cursor = first.store().cursor();
        }
        FileTime sampleWritten = Files.getLastModifiedTime(dataDir.resolve("sample/nodes.csv"));
        List<SyncProgress> pulls = new CopyOnWriteArrayList<>();

        try (ConsoleBackend second = open()) {
            second.sync().addListener(new SyncListener() {
                @Override
                public void progress(SyncProgress progress) {
                    pulls.add(progress);
                }
            });
            second.start();
            awaitOnline(second);

            int network = SCENARIO.nodes().size() + SCENARIO.skus().size() + SCENARIO.inventory().size();
            assertThat(pulls).isNotEmpty().allSatisfy(pull -> {
                assertThat(pull.serverLastSeq()).as("the server's feed carried on").isGreaterThanOrEqualTo(cursor);
                assertThat(pull.changes()).as("changes pulled after the restart").isLessThan(network);
            });
            assertThat(count(second, EntityTable.NODE)).isEqualTo(SCENARIO.nodes().size());
        }
        assertThat(Files.getLastModifiedTime(dataDir.resolve("sample/nodes.csv"))).isEqualTo(sampleWritten);
        assertThat(UserFile.read(dataDir.resolve("users.tsv")).users()).extracting(User::name)
                .containsExactly("local");
    }

    @Test
    void eachRemoteUserGetsACleanCacheOfTheirOwn() throws Exception {
        try (ConsoleBackend embedded = start()) {
            awaitOnline(embedded);
        }
        try (ConsoleBackend ana = ConsoleBackend.remote(dataDir, remote("ana"))) {
            assertThat(ana.store().cursor()).as("nothing of the embedded server's feed").isZero();
            assertThat(ana.store().syncState().user()).contains("ana");
        }
        try (ConsoleBackend bob = ConsoleBackend.remote(dataDir, remote("bob"))) {
            assertThat(bob.store().cursor()).isZero();
            assertThat(bob.store().syncState().user()).contains("bob");
        }
        assertThat(dataDir.resolve("remote/127.0.0.1_9/ana/cache.mv.db")).isRegularFile();
        assertThat(dataDir.resolve("remote/127.0.0.1_9/bob/cache.mv.db")).isRegularFile();
        try (ConsoleBackend embeddedAgain = open()) {
            assertThat(embeddedAgain.store().cursor()).as("the embedded cache kept its feed").isPositive();
        }
    }

    private static SyncSettings remote(String user) {
        return SyncSettings.of("http://127.0.0.1:9/api/v1", user, Password.of("not used".toCharArray()));
    }

    private ConsoleBackend open() throws Exception {
        EmbeddedSettings settings = EmbeddedSettings.in(dataDir).withSample(SAMPLE)
                .withDemo(DemoSettings.atRate(20));
        return ConsoleBackend.embedded(settings, StartProgress.NONE);
    }

    private ConsoleBackend start() throws Exception {
        ConsoleBackend backend = open();
        backend.start();
        return backend;
    }

    private static long count(ConsoleBackend backend, EntityTable entity) {
        return backend.store().stats().entities().getOrDefault(entity, 0L);
    }

    private static void awaitOnline(ConsoleBackend backend) throws InterruptedException {
        await("the initial sync", () -> backend.sync().status().state() == ConnectionState.ONLINE);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            Thread.sleep(50);
        }
    }
}
