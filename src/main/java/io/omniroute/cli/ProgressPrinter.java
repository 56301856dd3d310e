package io.omniroute.cli;

import io.omniroute.engine.simulation.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run: on a terminal one line rewritten in place, elsewhere (a log, a pipe) one line per report.
 */
final class ProgressPrinter implements ProgressListener {

    private final PrintWriter err;
    private final boolean terminal;

    ProgressPrinter(PrintWriter err) {
        this(err, System.console() != null);
    }

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void progress(long done, long total) {
        String text = String.format(Locale.ROOT, "sourced %,d of %,d orders (%d%%)", done, total,
                total == 0 ? 100 : done * 100 / total);
        if (terminal) {
            err.print('\r' + text);
            if (done == total) {
                err.println();
            }
        } else {
            err.println(text);
        }
        err.flush();
    }
}
