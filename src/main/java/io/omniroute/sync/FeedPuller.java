package io.omniroute.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.omniroute.cache.FeedChange;
import io.omniroute.cache.LocalStore;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import retrofit2.Response;

/**
 * Pulls {@code GET /changes} page by page from the cache's cursor until the server has no more. Each page is applied
 * with its cursor in one cache transaction, so a crash mid-pull resumes from the last page applied.
 */
final class FeedPuller {

    private final BackendClient client;
    private final LocalStore store;
    private final int pageSize;
    private final StatusBoard board;
    private final Clock clock;

    FeedPuller(BackendClient client, LocalStore store, int pageSize, StatusBoard board, Clock clock) {
        this.client = client;
        this.store = store;
        this.pageSize = pageSize;
        this.board = board;
        this.clock = clock;
    }

    /** Reads pages until {@code has_more} is false (or the flag stops it); returns how far it came. */
    SyncProgress catchUp(StopFlag stop) throws IOException, FeedFormatException {
        long after = store.cursor();
        long serverLastSeq = serverLastSeq();
        if (serverLastSeq > after) {
            board.state(ConnectionState.SYNCING);
        }
        SyncProgress progress = new SyncProgress(0, after, serverLastSeq, 0);
        boolean more = true;
        while (more && stop.running()) {
            ChangePage page = fetch(after);
            List<FeedChange> changes = WireMapper.page(page, after);
            if (!changes.isEmpty() || page.lastSeq() != after) {
                store.applyPage(changes, page.lastSeq());
            }
            after = page.lastSeq();
            more = page.hasMore();
            progress = new SyncProgress(progress.changes() + changes.size(), after,
                    Math.max(serverLastSeq, after), progress.pages() + 1);
            board.progress(progress);
        }
        return progress;
    }

    private ChangePage fetch(long after) throws IOException, FeedFormatException {
        Response<ChangePage> response;
        try {
            response = client.changes.page(after, pageSize).execute();
        } catch (JsonProcessingException e) {
            throw new FeedFormatException("the change feed page after seq " + after + " is not valid JSON ("
                    + e.getOriginalMessage() + "): the feed is paused and nothing of the page was applied", e);
        }
        if (!response.isSuccessful()) {
            throw Responses.failure(response, clock.instant());
        }
        return response.body();
    }

    /** Only for progress: a backend that cannot say yet still gets pulled. */
    private long serverLastSeq() {
        try {
            Response<Health> response = client.health.health().execute();
            Health health = response.body();
            return response.isSuccessful() && health != null && health.lastSeq() != null ? health.lastSeq() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
