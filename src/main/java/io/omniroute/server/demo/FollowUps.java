package io.omniroute.server.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;

/** The steps the played systems owe, earliest first; steps due at the same time keep the order they were added in. */
final class FollowUps {

    /** A player's next step with an order. */
    record FollowUp(Instant due, long sequence, String orderId, Player player) {
    }

    private final PriorityQueue<FollowUp> queue = new PriorityQueue<>(
            Comparator.comparing(FollowUp::due).thenComparingLong(FollowUp::sequence));
    private long added;

    void add(Instant due, String orderId, Player player) {
        queue.add(new FollowUp(due, added++, orderId, player));
    }

    /** The earliest step if it is due at {@code now}, taken off the queue. */
    Optional<FollowUp> pollDue(Instant now) {
        FollowUp first = queue.peek();
        if (first == null || first.due().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(queue.poll());
    }

    int size() {
        return queue.size();
    }
}
