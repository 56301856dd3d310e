package io.omniroute.console.exceptions;

import java.time.Instant;
import java.util.Comparator;

/** The columns the queue sorts by, each with its natural order (ascending). */
public enum QueueColumn {
    TYPE("Type"),
    ORDER("Order"),
    AGE("Age"),
    TIME_LEFT("Time left"),
    VALUE("Value"),
    CHANNEL("Channel"),
    ASSIGNEE("Taken by");

    private final String title;

    QueueColumn(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * The order of this column; ties go to the most urgent row (least time left, then oldest), then the key, so the
     * same rows always come in the same order.
     */
    Comparator<QueueItem> comparator(boolean ascending, Instant now) {
        Comparator<QueueItem> primary = switch (this) {
            case TYPE -> Comparator.comparing(QueueItem::kind);
            case ORDER -> Comparator.comparing(QueueItem::orderId);
            case AGE -> Comparator.comparing(item -> item.age(now));
            case TIME_LEFT -> Comparator.comparing(item -> item.promiseDue().orElse(Instant.MAX));
            case VALUE -> Comparator.comparingDouble(QueueItem::value);
            case CHANNEL -> Comparator.comparing(QueueItem::channel);
            case ASSIGNEE -> Comparator.comparing(item -> item.assignee().orElse(""));
        };
        Comparator<QueueItem> urgent = Comparator.comparing((QueueItem item) -> item.promiseDue().orElse(Instant.MAX))
                .thenComparing(QueueItem::raisedAt).thenComparing(QueueItem::key);
        return (ascending ? primary : primary.reversed()).thenComparing(urgent);
    }
}
