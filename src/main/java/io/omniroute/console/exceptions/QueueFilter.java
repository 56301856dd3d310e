package io.omniroute.console.exceptions;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The queue's filter as the user set it.
 *
 * @param text matched against the order id, SKU, reason and assignee, case-insensitively
 * @param kind one kind, or every kind when empty
 * @param channel one channel, or every channel when empty
 */
public record QueueFilter(String text, Optional<ExceptionKind> kind, Optional<String> channel,
        Assignment assignment) {

    public static final QueueFilter NONE = new QueueFilter("", Optional.empty(), Optional.empty(), Assignment.ALL);

    public QueueFilter {
        text = Objects.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(assignment, "assignment");
    }

    boolean matches(QueueItem item, String user) {
        return kind.map(k -> k == item.kind()).orElse(true)
                && channel.map(c -> c.equalsIgnoreCase(item.channel())).orElse(true)
                && assignment.admits(item, user)
                && (text.isEmpty() || contains(item.orderId()) || contains(item.sku()) || contains(item.reason())
                        || item.assignee().map(this::contains).orElse(false));
    }

    private boolean contains(String value) {
        return value.toLowerCase(Locale.ROOT).contains(text);
    }
}
