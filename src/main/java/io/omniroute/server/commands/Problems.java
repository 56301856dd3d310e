package io.omniroute.server.commands;

import io.omniroute.server.http.ApiException;
import io.omniroute.server.http.ApiException.Problem;
import java.util.ArrayList;
import java.util.List;

/** Everything wrong with a command, gathered so that one 422 lists it all. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new Problem(field, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** A 422 with every problem so far; the transaction rolls back, so nothing the command did so far stays. */
    void throwIfAny(String message) {
        if (!found.isEmpty()) {
            throw ApiException.unprocessable(message, found);
        }
    }
}
