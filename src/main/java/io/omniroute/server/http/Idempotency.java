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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs a state-changing request at most once per Idempotency-Key: its effect and the recorded response commit in
 * one transaction, a replay with the same body gets the first response, and one with another body gets 422.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";
    /** Rounds of one request that may find its key taken by a concurrent request on another server. */
    private static final int RACE_ATTEMPTS = 3;

    /**
     * What a request produced: its status and its JSON body. The body may be made only at the commit, when the feed
     * rows it lists have their seqs; it is made once.
     */
    static final class Outcome {
        private final int status;
        private Supplier<String> body;
        private String json;

        Outcome(int status, Supplier<String> body) {
            this.status = status;
            this.body = body;
        }

        Outcome(int status, String json) {
            this.status = status;
            this.json = json;
        }

        int status() {
            return status;
        }

        String json() {
            if (json == null) {
                json = body.get();
                body = null;
            }
            return json;
        }
    }

    private final Database database;
    private final Clock clock;
    /** Keys whose request runs now on this server. */
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

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
        CompletableFuture<Void> mine = new CompletableFuture<>();
        // a retry that arrives while the first try runs waits for it, then replays what it recorded
        for (CompletableFuture<Void> earlier = inFlight.putIfAbsent(key, mine); earlier != null;
                earlier = inFlight.putIfAbsent(key, mine)) {
            earlier.join();
        }
        try {
            runOnce(ctx, key, hash, userName, work);
        } finally {
            inFlight.remove(key, mine);
            mine.complete(null);
        }
    }

    private void runOnce(Context ctx, String key, String hash, String userName, TxWork<Outcome> work) {
        Outcome outcome = null;
        for (int attempt = 1; outcome == null; attempt++) {
            try {
                // Read beside the writer, which thus spends no round trip on it. A response another server commits
                // after this read makes this request's commit fail on the key, and the replay below answers.
                Optional<IdempotencyRow> seen = database.readStatement(tx -> tx.idempotency().find(key));
                if (seen.isPresent()) {
                    outcome = replay(seen.get(), hash, userName);
                    break;
                }
                outcome = database.inTransaction(tx -> {
                    Outcome fresh = work.run(tx);
                    tx.idempotency().saveAtCommit(key, userName, hash, fresh.status(), fresh::json,
                            clock.instant());
                    return fresh;
                });
            } catch (DuplicateRequestException raced) {
                // A request with the same key committed first (on another server): the next round replays it
                if (attempt == RACE_ATTEMPTS) {
                    throw raced;
                }
            }
        }
        ctx.status(outcome.status()).contentType("application/json").result(outcome.json());
    }

    private static Outcome replay(IdempotencyRow seen, String hash, String userName) {
        if (!seen.userName().equals(userName)) {
            // a key is one user's: another user's first response is not theirs to see
            throw ApiException.unprocessable("this Idempotency-Key was already used by another user",
                    java.util.List.of(new ApiException.Problem(HEADER, "used by another user")));
        }
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
