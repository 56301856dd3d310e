package io.omniroute.sync;

import io.omniroute.cache.FeedChange;
import io.omniroute.cache.LocalStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Keeps the cache following the feed: catch up in pages, then follow {@code /changes/stream}. When the stream fails
 * it polls {@code /changes} until its backoff has passed, then opens the stream again; when the server is gone
 * altogether it waits out an exponential backoff with jitter. Unreadable feed data pauses it for good.
 */
final class FeedFollower implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedFollower.class);

    private final BackendClient client;
    private final LocalStore store;
    private final FeedPuller puller;
    private final StatusBoard board;
    private final SyncSettings settings;
    private final StopFlag stop;
    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicReference<Call<ResponseBody>> openStream = new AtomicReference<>();
    private int failures;

    FeedFollower(BackendClient client, LocalStore store, FeedPuller puller, StatusBoard board, SyncSettings settings,
            StopFlag stop, Clock clock, RandomGenerator random) {
        this.client = client;
        this.store = store;
        this.puller = puller;
        this.board = board;
        this.settings = settings;
        this.stop = stop;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void run() {
        try {
            while (stop.running()) {
                if (!catchUp()) {
                    continue;
                }
                follow();
                pollUntil(clock.instant().plus(backoff(Optional.empty())));
            }
        } catch (FeedFormatException e) {
            LOG.warn("change feed paused: {}", e.getMessage());
            board.failed(ConnectionState.PAUSED, e.getMessage());
        }
    }

    /** Closes the open stream so its reader returns at once; not an interrupt. */
    void cancelStream() {
        Call<ResponseBody> call = openStream.get();
        if (call != null) {
            call.cancel();
        }
    }

    /** One catch-up in pages; on failure OFFLINE and the backoff, then false. */
    private boolean catchUp() throws FeedFormatException {
        try {
            puller.catchUp(stop);
            board.state(ConnectionState.ONLINE);
            return true;
        } catch (IOException | RuntimeException e) {
            if (stop.running()) {
                failures++;
                board.failed(ConnectionState.OFFLINE, "cannot reach the backend: " + describe(e));
                stop.pause(backoff(retryAfter(e)));
            }
            return false;
        }
    }

    /** Follows the stream until it ends or fails; counts the failure unless we stopped it. */
    private void follow() throws FeedFormatException {
        Call<ResponseBody> call = client.stream.stream(store.cursor());
        openStream.set(call);
        try {
            if (!stop.running()) {
                return;
            }
            Response<ResponseBody> response = call.execute();
            if (!response.isSuccessful()) {
                throw Responses.failure(response, clock.instant());
            }
            failures = 0;
            try (ResponseBody body = response.body()) {
                EventStreamReader.read(body.charStream(), stop, this::apply);
            }
            throw new IOException("the server closed the change stream");
        } catch (IOException | RuntimeException e) {
            if (stop.running()) {
                failures++;
                board.error("the change stream failed (" + describe(e) + "); polling the feed until it reconnects");
            }
        } finally {
            openStream.set(null);
        }
    }

    private void apply(EventStreamReader.Event event) throws FeedFormatException {
        if (!event.name().equals("change")) {
            return;
        }
        FeedChange change = WireMapper.change(event.data());
        if (change.seq() > store.cursor()) {
            store.applyPage(List.of(change), change.seq());
        }
    }

    /** The fallback while the stream is down: poll in pages every feedPoll until {@code reconnectAt}. */
    private void pollUntil(Instant reconnectAt) throws FeedFormatException {
        while (stop.running() && clock.instant().isBefore(reconnectAt)) {
            Duration left = Duration.between(clock.instant(), reconnectAt);
            if (!stop.pause(left.compareTo(settings.feedPoll()) < 0 ? left : settings.feedPoll())) {
                return;
            }
            try {
                puller.catchUp(stop);
                board.state(ConnectionState.ONLINE);
            } catch (IOException | RuntimeException e) {
                board.failed(ConnectionState.OFFLINE, "cannot reach the backend: " + describe(e));
            }
        }
    }

    private Duration backoff(Optional<Duration> retryAfter) {
        Duration delay = settings.retry().delay(Math.max(1, failures), random);
        return retryAfter.filter(wait -> wait.compareTo(delay) > 0).orElse(delay);
    }

    private static Optional<Duration> retryAfter(Exception e) {
        return e instanceof UnexpectedResponseException response ? response.retryAfter() : Optional.empty();
    }

    static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
