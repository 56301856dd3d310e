package io.omniroute.console.whatif;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.whatif.Variant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The replay cursors of one study result, one per run, made on first use. The baseline's is shared by every
 * variant; a few variants' are kept (each holds a copy of the ledgers), the least recently used dropped first.
 */
final class Replays {

    /** The baseline's and two variants': switching between two variants never starts a replay over. */
    static final int KEPT = 3;

    private final StudyResults results;
    private final Map<String, ReplayCursor> cursors = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReplayCursor> eldest) {
            return size() > KEPT && !eldest.getKey().equals(Variant.BASELINE);
        }
    };

    Replays(StudyResults results) {
        this.results = Objects.requireNonNull(results, "results");
    }

    StudyResults results() {
        return results;
    }

    /** The cursor of the run (the baseline, or a variant of these results). */
    synchronized ReplayCursor of(String run) {
        return cursors.computeIfAbsent(run, name -> new ReplayCursor(() -> scenario(name)));
    }

    private Scenario scenario(String run) {
        Scenario baseline = results.baseline().scenario();
        if (run.equals(Variant.BASELINE)) {
            return baseline;
        }
        return results.variant(run).orElseThrow(() -> new IllegalArgumentException("no run named " + run))
                .variant().apply(baseline);
    }
}
