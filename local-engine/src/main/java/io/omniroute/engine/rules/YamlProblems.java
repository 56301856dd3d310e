package io.omniroute.engine.rules;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects every problem found in one YAML file, so the user fixes them all in one pass instead of one per run.
 */
final class YamlProblems {

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();

    YamlProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Node node, String field, String message) {
        add(lineOf(node), field, message);
    }

    void add(int line, String field, String message) {
        problems.add(new InputProblem(file, line, field, message));
    }

    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Refuses the whole file when anything is wrong: rules are never applied half-read. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            List<InputProblem> inFileOrder = new ArrayList<>(problems);
            inFileOrder.sort(Comparator.comparingInt(InputProblem::line));
            throw new InvalidInputException(inFileOrder);
        }
    }

    /** SnakeYAML counts lines from 0; people count from 1. */
    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
