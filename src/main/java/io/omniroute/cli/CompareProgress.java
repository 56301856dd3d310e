package io.omniroute.cli;

import io.omniroute.engine.whatif.RunProgress;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Progress of runs side by side: on a terminal one line rewritten in place with every run, elsewhere one line per
 * report. Runs report from their own threads, so printing is serialized.
 */
final class CompareProgress implements RunProgress {

    private final PrintWriter err;
    private final boolean terminal;
    private final Map<String, String> latest = new LinkedHashMap<>();

    CompareProgress(PrintWriter err) {
        this(err, System.console() != null);
    }

    CompareProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(String run, long done, long total) {
        String text = String.format(Locale.ROOT, "%s: sourced %,d of %,d orders (%d%%)", run, done, total,
                total == 0 ? 100 : done * 100 / total);
        if (terminal) {
            latest.put(run, text);
            err.print('\r' + String.join("   ", latest.values()));
            if (latest.values().stream().allMatch(line -> line.endsWith("(100%)"))) {
                err.println();
            }
        } else {
            err.println(text);
        }
        err.flush();
    }
}
