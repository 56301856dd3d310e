package io.omniroute.console.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Marks an entity pending the moment the user acts, before the command is even in the outbox, and keeps the mark
 * until a read of the cache that started after the command was queued has seen the entity: from then on the cache's
 * own pending mark speaks for it, so a row never flickers back. Call it on the UI thread only.
 */
public final class PendingMarks {

    /** A mark not yet matched by a queued command: no read can clear it. */
    private static final long NOT_QUEUED_YET = Long.MAX_VALUE;

    /** Id → the first read that sees its command queued. */
    private final Map<String, Long> marks = new HashMap<>();

    /** The user acted on these: pending at once. */
    public void acting(Collection<String> ids) {
        ids.forEach(id -> marks.put(id, NOT_QUEUED_YET));
    }

    /** Their commands are in the outbox; the read numbered {@code firstRead} is the first to see them. */
    public void queued(Collection<String> ids, long firstRead) {
        ids.forEach(id -> marks.put(id, firstRead));
    }

    /** Their commands could not be queued: no longer pending. */
    public void dropped(Collection<String> ids) {
        ids.forEach(marks::remove);
    }

    /** A read numbered {@code sequence} landed, having seen the ids {@code covers} admits. */
    public void landed(long sequence, Predicate<String> covers) {
        marks.entrySet().removeIf(mark -> sequence >= mark.getValue() && covers.test(mark.getKey()));
    }

    public boolean has(String id) {
        return marks.containsKey(id);
    }

    public Set<String> ids() {
        return Set.copyOf(marks.keySet());
    }
}
