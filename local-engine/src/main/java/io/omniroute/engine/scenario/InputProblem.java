package io.omniroute.engine.scenario;

import java.util.Objects;

/**
 * One thing wrong with an input file, located precisely enough for a person to fix it.
 *
 * @param file the file name as the user knows it (for example {@code nodes.csv})
 * @param line 1-based line number, or 0 when the problem is not tied to a line
 * @param field the column or key at fault, or empty when none applies
 */
public record InputProblem(String file, int line, String field, String message) {

    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (!field.isEmpty()) {
            text.append(" field ").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
