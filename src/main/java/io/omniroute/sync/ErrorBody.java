package io.omniroute.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Every error the API sends; {@code status} and {@code current} come with a 409. */
record ErrorBody(String error, List<Problem> problems, String status, JsonNode current) {

    /** One thing wrong with a request, as a 400 or 422 lists it. */
    record Problem(String field, String message) {
    }
}
