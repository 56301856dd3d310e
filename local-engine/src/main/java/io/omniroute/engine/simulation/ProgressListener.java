package io.omniroute.engine.simulation;

/** Told now and then how far a long run has come. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
