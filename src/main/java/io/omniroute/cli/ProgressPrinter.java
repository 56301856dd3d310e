package io.omniroute.cli;

import io.omniroute.engine.simulation.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/** Progress of a long run on one rewritten terminal line, ended by a newline once the run is done. */
final class ProgressPrinter implements ProgressListener {

    private final PrintWriter err;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total) {
        err.printf(Locale.ROOT, "\rsourced %,d of %,d orders (%d%%)", done, total, total == 0 ? 100 : done * 100 / total);
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
