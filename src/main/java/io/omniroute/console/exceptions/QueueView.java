package io.omniroute.console.exceptions;

import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Filters and sorts the queue's rows in the background; only the newest request's result is shown, so a quick run
 * of keystrokes in the filter never shows an older list last. Call it on the UI thread.
 */
final class QueueView {

    private final TaskExecutor executor;
    private final Consumer<List<QueueItem>> show;
    private long requested;

    QueueView(TaskExecutor executor, Consumer<List<QueueItem>> show) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.show = Objects.requireNonNull(show, "show");
    }

    void refresh(List<QueueItem> items, QueueFilter filter, String user, QueueColumn column, boolean ascending,
            Instant now) {
        long request = ++requested;
        List<QueueItem> all = List.copyOf(items);
        Comparator<QueueItem> order = column.comparator(ascending, now);
        executor.execute(BackgroundTask.of("filtering the exception queue", () -> {
            List<QueueItem> shown = new ArrayList<>();
            for (QueueItem item : all) {
                if (filter.matches(item, user)) {
                    shown.add(item);
                }
            }
            shown.sort(order);
            return shown;
        }).onSuccess(shown -> {
            if (request == requested) {
                show.accept(shown);
            }
        }));
    }
}
