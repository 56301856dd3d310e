package io.omniroute.backend;

/** Told what a start is doing while it takes a while (generating the sample, starting the server), one step a line. */
@FunctionalInterface
public interface StartProgress {

    StartProgress NONE = step -> {
    };

    void report(String step);
}
