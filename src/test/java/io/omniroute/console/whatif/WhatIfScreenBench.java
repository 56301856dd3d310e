package io.omniroute.console.whatif;

import io.omniroute.console.task.TaskExecutor;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.simulation.NodeUtilization;
import io.omniroute.engine.whatif.Change;
import io.omniroute.engine.whatif.StockScope;
import io.omniroute.engine.whatif.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the What-if screen's steps on a scenario folder, without the toolkit: reading the baseline, checking a
 * change, the run with the result views, the diff's rows, explaining a changed order (cold and warm replay), and
 * saving and opening the study. A benchmark, not a test: it asserts nothing and runs only when asked, e.g.
 * {@code mvn -o -q test -Dtest=WhatIfScreenBench -Dwhatif.bench=/tmp/wif/default -Dwhatif.runs=3}.
 */
@EnabledIfSystemProperty(named = "whatif.bench", matches = ".+")
class WhatIfScreenBench {

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfScreenBench.class);

    @TempDir
    Path temp;

    @Test
    void timeTheScreensSteps() throws Exception {
        Path folder = Path.of(System.getProperty("whatif.bench"));
        int runs = Integer.getInteger("whatif.runs", 3);
        List<String> rows = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            rows.add(once(folder, run));
        }
        LOG.info("| run | read baseline | check a stock change | run both + views | diff rows | explain cold"
                + " | explain next | save | open | study file |");
        rows.forEach(LOG::info);
    }

    private String once(Path folder, int run) throws Exception {
        Timed<Baseline> baseline = time(() -> BaselineReader.fromFolder(folder, Instant.now()));
        Scenario scenario = baseline.value().scenario();
        Variant variant = Variant.of("close busiest DC", Change.closeNode(busiestDc(scenario)));
        Timed<Scenario> checked = time(() -> Variant.of("check", Change.scaleStock(StockScope.all(), 0.8))
                .apply(scenario));
        Timed<ResultViews> views = time(() -> ResultViews.of(StudyRun.run(baseline.value(), List.of(variant),
                (r, done) -> { }, () -> false)));
        StudyResults results = views.value().results();
        DiffViewModel diff = new DiffViewModel(TaskExecutor.currentThread());
        Timed<Integer> rows = time(() -> {
            diff.show(Optional.of(results.variants().get(0).comparison().diff()));
            return diff.rows().size();
        });
        List<DiffRow> changed = diff.rows();
        Replays replays = new Replays(results);
        String middle = changed.get(changed.size() / 2).orderId();
        String later = changed.get(changed.size() / 2 + 1).orderId();
        Timed<Boolean> cold = time(() -> explainBoth(replays, variant.name(), middle));
        Timed<Boolean> warm = time(() -> explainBoth(replays, variant.name(), later));
        Path file = temp.resolve("bench-" + run + StudyArchive.EXTENSION);
        Study study = new Study(baseline.value(), List.of(new Study.VariantSpec(variant.name(),
                List.of(new ChangeSpec.CloseNode(busiestDc(scenario))))), Optional.of(Study.SavedResults.of(results,
                Instant.now())));
        Timed<Boolean> save = time(() -> {
            StudyArchive.write(study, file, Instant.now());
            return true;
        });
        Timed<Study> open = time(() -> StudyArchive.read(file));
        return String.format(Locale.ROOT, "| %d | %s | %s | %s (%,d orders) | %s (%,d rows) | %s | %s | %s | %s |"
                        + " %,d KB |", run, baseline.text(), checked.text(), views.text(), results.ordersSourced(),
                rows.text(), rows.value(), cold.text(), warm.text(), save.text(), open.text(), Files.size(file) / 1024);
    }

    /** Both sides of an opened order, each its run replayed up to it, on two threads as the screen does. */
    private static boolean explainBoth(Replays replays, String variant, String orderId) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> base = two.submit(() -> replays.of(Variant.BASELINE).explain(orderId, (d, t) -> { },
                    () -> false).isPresent());
            Future<Boolean> other = two.submit(() -> replays.of(variant).explain(orderId, (d, t) -> { },
                    () -> false).isPresent());
            return base.get() && other.get();
        } finally {
            two.shutdown();
        }
    }

    private static String busiestDc(Scenario scenario) {
        return io.omniroute.engine.whatif.WhatIfRun.of(scenario).run(Variant.baseline()).kpis().nodeUtilization()
                .stream().filter(n -> n.type() == io.omniroute.engine.model.NodeType.DC)
                .max(Comparator.comparingLong(NodeUtilization::shipments)).orElseThrow().nodeId();
    }

    private record Timed<T>(T value, long nanos) {
        String text() {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
    }

    private static <T> Timed<T> time(Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T value = work.call();
        return new Timed<>(value, System.nanoTime() - start);
    }
}
