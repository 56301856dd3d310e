package io.omniroute.engine.whatif;

/** Told now and then how far each run has come; runs in parallel call it from their own threads. */
@FunctionalInterface
public interface RunProgress {

    RunProgress NONE = (run, done, total) -> { };

    void progress(String run, long done, long total);
}
