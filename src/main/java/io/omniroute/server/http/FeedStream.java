package io.omniroute.server.http;

import io.javalin.http.sse.SseClient;
import io.omniroute.server.Json;
import io.omniroute.server.store.ChangeRow;
import io.omniroute.server.store.Database;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/changes/stream}: the change feed as Server-Sent Events, first the backlog after the client's
 * cursor, then live. One poller thread reads the feed table for every client, so a commit made by any server
 * instance sharing the database reaches every stream.
 */
final class FeedStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedStream.class);
    static final Duration POLL = Duration.ofMillis(100);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** Rows one client is sent per poll, so a long backlog cannot starve the other streams. */
    static final int ROWS_PER_POLL = 5_000;

    /** One open stream: where it is in the feed and what it may see. */
    private static final class Subscriber {
        final SseClient client;
        final Optional<String> store;
        volatile long cursor;
        long lastSentNanos = System.nanoTime();

        Subscriber(SseClient client, Optional<String> store, long cursor) {
            this.client = client;
            this.store = store;
            this.cursor = cursor;
        }
    }

    private final Database database;
    private final ConcurrentLinkedQueue<Subscriber> subscribers = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "omniroute-feed-stream");
        thread.setDaemon(true);
        return thread;
    });

    FeedStream(Database database) {
        this.database = database;
        poller.scheduleWithFixedDelay(this::pollSafely, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    void open(SseClient client) {
        long after = parseAfter(client.ctx().queryParam("after"));
        Subscriber subscriber = new Subscriber(client, FeedRoutes.scopeOf(Callers.of(client.ctx())), after);
        client.keepAlive();
        client.onClose(() -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
    }

    private static long parseAfter(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long after = Long.parseLong(value.trim());
            if (after < 0) {
                throw ApiException.badRequest("after must be >= 0, was " + after);
            }
            return after;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("after must be an integer, was '" + value + "'");
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // A failed poll (the database restarting, say) must not end the poller; the next one retries.
            LOG.warn("change stream poll failed: {}", e.getMessage());
        }
    }

    private void poll() {
        if (subscribers.isEmpty()) {
            return;
        }
        long last = database.readStatement(tx -> tx.feed().lastSeq());
        for (Subscriber subscriber : subscribers) {
            if (subscriber.client.terminated()) {
                subscribers.remove(subscriber);
                continue;
            }
            if (subscriber.cursor < last) {
                send(subscriber);
            } else if (System.nanoTime() - subscriber.lastSentNanos > KEEP_ALIVE.toNanos()) {
                subscriber.client.sendComment("keep-alive");
                subscriber.lastSentNanos = System.nanoTime();
            }
        }
    }

    private void send(Subscriber subscriber) {
        long after = subscriber.cursor;
        List<ChangeRow> rows = database.readStatement(tx -> tx.feed().page(after, ROWS_PER_POLL, subscriber.store));
        for (ChangeRow row : rows) {
            subscriber.client.sendEvent("change", Json.write(FeedRoutes.view(row)), Long.toString(row.seq()));
            subscriber.cursor = row.seq();
        }
        subscriber.lastSentNanos = System.nanoTime();
    }

    int subscribers() {
        return subscribers.size();
    }

    @Override
    public void close() {
        poller.shutdown();
        for (Subscriber subscriber : subscribers) {
            subscriber.client.close();
        }
    }
}
