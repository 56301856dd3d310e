package io.omniroute.cli;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.io.PrintWriter;

/** Prints every problem of bad input, one per line, so the user can fix them all at once. */
final class BadInput {

    private BadInput() {
    }

    static int report(InvalidInputException error, PrintWriter err) {
        int count = error.problems().size();
        err.println("error: " + count + (count == 1 ? " problem" : " problems") + " in the input; nothing was written:");
        for (InputProblem problem : error.problems()) {
            err.println("  " + problem);
        }
        err.flush();
        return OmnirouteCommand.EXIT_BAD_INPUT;
    }
}
