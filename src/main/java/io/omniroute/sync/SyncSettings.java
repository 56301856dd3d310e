package io.omniroute.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the backend and how patiently.
 *
 * @param server the server's address, with or without the {@code /api/v1} path
 * @param readTimeout for ordinary calls; a slower body counts as a failed attempt
 * @param streamReadTimeout for the change stream, longer than the server's 15 s keep-alive comment
 * @param pageSize rows per {@code GET /changes} page (1..10000)
 * @param idlePoll how often the sender looks for a new command
 * @param feedPoll how often {@code GET /changes} is polled while the change stream is down
 */
public record SyncSettings(
        String server,
        String user,
        Password password,
        Duration connectTimeout,
        Duration readTimeout,
        Duration streamReadTimeout,
        int pageSize,
        RetryPolicy retry,
        Duration idlePoll,
        Duration feedPoll) {

    public static final int MAX_PAGE_SIZE = 10_000;
    public static final int DEFAULT_PAGE_SIZE = 5_000;

    public SyncSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(streamReadTimeout, "streamReadTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(idlePoll, "idlePoll");
        Objects.requireNonNull(feedPoll, "feedPoll");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        if (!server.startsWith("http://") && !server.startsWith("https://")) {
            throw new IllegalArgumentException("server must be an http:// or https:// address, was '" + server + "'");
        }
    }

    /**
     * Defaults for a console: 10 s to connect, 30 s per read, 45 s on the stream, pages of 5,000 (the initial sync of
     * the default network took 54.9 s with them against 64 s with pages of 1,000; docs/BENCHMARKS.md).
     */
    public static SyncSettings of(String server, String user, Password password) {
        return new SyncSettings(server, user, password, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(45), DEFAULT_PAGE_SIZE, RetryPolicy.standard(), Duration.ofMillis(250), Duration.ofSeconds(5));
    }

    public SyncSettings withTimeouts(Duration connect, Duration read, Duration stream) {
        return new SyncSettings(server, user, password, connect, read, stream, pageSize, retry, idlePoll,
                feedPoll);
    }

    public SyncSettings withPageSize(int size) {
        return new SyncSettings(server, user, password, connectTimeout, readTimeout, streamReadTimeout, size, retry,
                idlePoll, feedPoll);
    }

    /** The backoff, and how often the outbox and (while the stream is down) the feed are polled. */
    public SyncSettings withRetry(RetryPolicy policy, Duration outboxPoll, Duration changesPoll) {
        return new SyncSettings(server, user, password, connectTimeout, readTimeout, streamReadTimeout, pageSize,
                policy, outboxPoll, changesPoll);
    }

    /** The base every API path is resolved against: {@code .../api/v1/}. */
    String apiBase() {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        return (base.endsWith("/api/v1") ? base : base + "/api/v1") + "/";
    }
}
