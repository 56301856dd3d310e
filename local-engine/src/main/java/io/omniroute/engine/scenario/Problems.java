package io.omniroute.engine.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a scenario so one run reports many problems, capped so a badly broken million-row file
 * does not produce a million messages.
 */
final class Problems {

    static final int LIMIT = 100;

    private final List<InputProblem> found = new ArrayList<>();
    /** Problems found before a parallel task started, which count towards its limit. */
    private final int earlier;

    Problems() {
        this(0);
    }

    private Problems(int earlier) {
        this.earlier = earlier;
    }

    /** A collector for work done in parallel; merge it back with {@link #addAll(Problems)} in a fixed order. */
    Problems forParallelTask() {
        return new Problems(earlier + found.size());
    }

    void add(String file, int line, String field, String message) {
        if (!isFull()) {
            found.add(new InputProblem(file, line, field, message));
        }
    }

    void addAll(List<InputProblem> problems) {
        for (InputProblem problem : problems) {
            add(problem.file(), problem.line(), problem.field(), problem.message());
        }
    }

    void addAll(Problems task) {
        addAll(task.found);
    }

    boolean isFull() {
        return earlier + found.size() >= LIMIT;
    }

    /** True while no problem is known, so the caller may still build results. */
    boolean isEmpty() {
        return earlier == 0 && found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
