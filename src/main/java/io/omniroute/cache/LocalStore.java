package io.omniroute.cache;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the sync client needs from the console's cache. Each method is one cache transaction, so a crash between two
 * calls loses nothing: the feed cursor moves with the page it covers, and a command and its local pending mark are
 * written together.
 */
public interface LocalStore {

    /** The seq of the last change applied; 0 for an empty cache. */
    long cursor();

    /**
     * Applies a page of the feed and moves the cursor to {@code lastSeq}, in one transaction. A change older than
     * the cached version of its entity is skipped; a deletion removes the entity.
     */
    void applyPage(List<FeedChange> changes, long lastSeq);

    /**
     * Queues a command and marks its target pending in the cache, in one transaction; returns it with its id and a
     * fresh idempotency key.
     */
    OutboxCommand enqueue(NewCommand command, Instant now);

    /**
     * The command to send next: the oldest one in state PENDING, if its next attempt is due at {@code now}. Commands
     * go out strictly in order, so nothing is returned while the oldest pending one waits for its retry time.
     */
    Optional<OutboxCommand> nextToSend(Instant now);

    /**
     * The server applied it: final, and the target's pending mark clears once no other command holds it. The user's
     * later unsent commands on the same target, decided at the version this one expected, move on to its new version.
     */
    void markApplied(long id, long newVersion, Instant now);

    /** A retryable failure (I/O, 5xx, 429): stays PENDING under the same key until {@code nextAttemptAt}. */
    void markRetry(long id, Instant nextAttemptAt, String error);

    /** 409: the server's entity JSON is kept for the user to compare. */
    void markConflict(long id, String serverView, Instant now);

    /** 422 or 403: final; the local pending change is rolled back. */
    void markFailed(long id, String serverMessage, Instant now);

    /** The user gave up a CONFLICT: final; the local pending change is rolled back. */
    void discard(long id, Instant now);

    /** The user re-applies a CONFLICT on the server's version: PENDING again, under a new idempotency key. */
    OutboxCommand reapply(long id, long newExpectedVersion, Instant now);

    /** Commands in these states, oldest first. */
    List<OutboxCommand> commands(List<OutboxState> states);
}
