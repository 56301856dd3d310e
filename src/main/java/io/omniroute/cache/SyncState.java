package io.omniroute.cache;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How far the cache has read the feed ({@code cursor}, the last seq applied), from where, as whom, and when. */
public record SyncState(long cursor, Optional<String> serverUrl, Optional<String> user, Optional<Instant> lastSyncAt) {

    public SyncState {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(lastSyncAt, "lastSyncAt");
    }
}
