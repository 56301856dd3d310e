package io.omniroute.generate;

/** Receives short progress messages during a long generation, e.g. to print them on stderr. */
@FunctionalInterface
public interface GenerationProgress {

    GenerationProgress NONE = message -> { };

    void report(String message);
}
