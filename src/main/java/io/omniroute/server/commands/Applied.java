package io.omniroute.server.commands;

import io.omniroute.server.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command that took effect: the target's new version and the feed rows it wrote.
 *
 * @param changes the rows in {@code GET /api/v1/changes} form, seq included
 */
public record Applied(long version, List<Map<String, Object>> changes) {

    public Applied {
        changes = List.copyOf(changes);
    }

    /** {@code {"status": "APPLIED", "version": N, "changes": [...]}} */
    public String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "APPLIED");
        body.put("version", version);
        body.put("changes", changes);
        return Json.write(body);
    }
}
