package io.omniroute.server.http;

import io.javalin.http.Context;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.DuplicateRequestException;
import io.omniroute.server.store.IdempotencyRow;
import io.omniroute.server.store.TxWork;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Runs a state-changing request at most once per Idempotency-Key: its effect and the recorded response commit in
 * one transaction, a replay with the same body gets the first response, and one with another body gets 422.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";

    /** What a request produced: its status and its JSON body. */
    record Outcome(int status, String json) {
    }

    private final Database database;
    private final Clock clock;

    Idempotency(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The request's key; a 400 when it is missing or unreasonable, before the body is even looked at. */
    static String requireKey(Context ctx) {
        String key = ctx.header(HEADER);
        if (key == null || key.isBlank()) {
            throw ApiException.badRequest("the " + HEADER + " header is required for this request");
        }
        if (key.length() > 128) {
            throw ApiException.badRequest("the " + HEADER + " header is longer than 128 characters");
        }
        return key;
    }

    void run(Context ctx, String userName, TxWork<Outcome> work) {
        String key = requireKey(ctx);
        String hash = hash(ctx.method() + " " + ctx.path() + "\n" + ctx.body());
        Outcome outcome;
        try {
            outcome = database.inTransaction(tx -> {
                Optional<IdempotencyRow> seen = tx.idempotency().find(key);
                if (seen.isPresent()) {
                    return replay(seen.get(), hash);
                }
                Outcome fresh = work.run(tx);
                tx.idempotency().save(new IdempotencyRow(key, userName, hash, fresh.status(), fresh.json(),
                        clock.instant()));
                return fresh;
            });
        } catch (DuplicateRequestException raced) {
            // The same key committed by a concurrent request first: answer as that request did.
            outcome = database.inTransaction(tx -> replay(tx.idempotency().find(key).orElseThrow(), hash));
        }
        ctx.status(outcome.status()).contentType("application/json").result(outcome.json());
    }

    private static Outcome replay(IdempotencyRow seen, String hash) {
        if (!seen.requestHash().equals(hash)) {
            throw ApiException.unprocessable("this Idempotency-Key was already used with a different request",
                    java.util.List.of(new ApiException.Problem(HEADER, "reused with a different body")));
        }
        return new Outcome(seen.statusCode(), seen.response());
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
