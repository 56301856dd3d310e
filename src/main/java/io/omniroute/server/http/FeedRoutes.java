package io.omniroute.server.http;

import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.omniroute.server.auth.Session;
import io.omniroute.server.store.ChangeRow;
import io.omniroute.server.store.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /api/v1/changes}: the change feed in pages, filtered to what the caller may see. */
final class FeedRoutes {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    private final Database database;

    FeedRoutes(Database database) {
        this.database = database;
    }

    void page(Context ctx) {
        long after = longParam(ctx, "after", 0);
        long limit = longParam(ctx, "limit", DEFAULT_LIMIT);
        if (after < 0) {
            throw ApiException.badRequest("after must be >= 0, was " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        Optional<String> store = scopeOf(Callers.of(ctx));
        List<ChangeRow> rows = database.readStatement(tx -> tx.feed().page(after, (int) limit + 1, store));
        boolean more = rows.size() > limit;
        List<ChangeRow> page = more ? rows.subList(0, (int) limit) : rows;
        List<Map<String, Object>> changes = new ArrayList<>(page.size());
        for (ChangeRow row : page) {
            changes.add(view(row));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changes", changes);
        body.put("last_seq", page.isEmpty() ? after : page.get(page.size() - 1).seq());
        body.put("has_more", more);
        ctx.json(body);
    }

    /** A store manager sees shared rows and their store's; everyone else sees every row. */
    static Optional<String> scopeOf(Session session) {
        return session.isPlanner() ? Optional.empty() : session.nodeId();
    }

    static Map<String, Object> view(ChangeRow row) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("seq", row.seq());
        change.put("entity", row.entity());
        change.put("id", row.entityId());
        change.put("version", row.version());
        change.put("deleted", row.deleted());
        // Stored as JSON already: embedded as is rather than parsed and written again.
        change.put("data", row.data().map(RawValue::new).orElse(null));
        return change;
    }

    private static long longParam(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, was '" + value + "'");
        }
    }
}
