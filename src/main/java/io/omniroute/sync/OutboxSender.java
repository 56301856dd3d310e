package io.omniroute.sync;

import io.omniroute.cache.LocalStore;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

/**
 * The one sender of the outbox: posts the commands strictly in order, each always under its own Idempotency-Key, so
 * a retry after an unknown outcome (the connection dropped after the server got the request) cannot apply it twice.
 */
final class OutboxSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final BackendClient client;
    private final LocalStore store;
    private final StatusBoard board;
    private final SyncSettings settings;
    private final StopFlag stop;
    private final Clock clock;
    private final RandomGenerator random;

    OutboxSender(BackendClient client, LocalStore store, StatusBoard board, SyncSettings settings, StopFlag stop,
            Clock clock, RandomGenerator random) {
        this.client = client;
        this.store = store;
        this.board = board;
        this.settings = settings;
        this.stop = stop;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void run() {
        while (stop.running()) {
            boolean sent = false;
            try {
                sent = sendNext();
                board.pending(store.commands(List.of(OutboxState.PENDING)).size());
            } catch (RuntimeException e) {
                LOG.error("the outbox could not be read or updated", e);
                board.error("the outbox could not be read or updated: " + FeedFollower.describe(e));
            }
            if (!sent && !stop.pause(settings.idlePoll())) {
                return;
            }
        }
    }

    /** Sends every command due now, once each; returns how many were sent (whatever the answer). */
    int drain() {
        int sent = 0;
        while (stop.running() && sendNext()) {
            sent++;
        }
        board.pending(store.commands(List.of(OutboxState.PENDING)).size());
        return sent;
    }

    /** Sends the next due command, if there is one. */
    boolean sendNext() {
        Optional<OutboxCommand> next = store.nextToSend(clock.instant());
        next.ifPresent(this::send);
        return next.isPresent();
    }

    private void send(OutboxCommand command) {
        Response<CommandResult> response;
        try {
            response = client.commands.send(command.idempotencyKey(), WireMapper.request(command)).execute();
        } catch (IOException e) {
            retry(command, "not sent, will retry: " + FeedFollower.describe(e), Optional.empty());
            return;
        }
        Instant now = clock.instant();
        int status = response.code();
        CommandResult result = response.body();
        if (response.isSuccessful() && result != null && result.version() != null) {
            store.markApplied(command.id(), result.version(), now);
        } else if (response.isSuccessful()) {
            retry(command, "HTTP " + status + " without a version, will retry", Optional.empty());
        } else if (status == 409) {
            Optional<ErrorBody> body = Responses.errorBody(response);
            store.markConflict(command.id(), body.map(ErrorBody::current).map(Object::toString).orElse("null"), now);
            LOG.info("command {} {} on {} conflicts with the server's version", command.id(), command.type(),
                    command.target());
        } else if (status == 429 || status >= 500 || status == 401 || status < 400) {
            UnexpectedResponseException failure = Responses.failure(response, now);
            retry(command, failure.getMessage() + ", will retry", failure.retryAfter());
        } else {
            String message = Responses.describe(status, Responses.errorBody(response), response.message());
            store.markFailed(command.id(), message, now);
            LOG.info("command {} {} on {} refused: {}", command.id(), command.type(), command.target(), message);
        }
    }

    /** Same key later: the backoff for its attempt, or the server's Retry-After when that is longer. */
    private void retry(OutboxCommand command, String error, Optional<Duration> retryAfter) {
        Duration backoff = settings.retry().delay(command.attempts() + 1, random);
        Duration wait = retryAfter.filter(asked -> asked.compareTo(backoff) > 0).orElse(backoff);
        store.markRetry(command.id(), clock.instant().plus(wait), error);
        board.error("command " + command.id() + " " + command.type() + " on " + command.target() + ": " + error);
    }
}
