package io.omniroute.engine.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used, with every problem found (at least one). */
public final class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String file, int line, String field, String message) {
        return new InvalidInputException(List.of(new InputProblem(file, line, field, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String describe(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
