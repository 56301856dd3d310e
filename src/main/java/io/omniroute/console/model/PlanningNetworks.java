package io.omniroute.console.model;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.engine.model.Scenario;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the compiled {@link PlanningNetwork} current: it is read and compiled on first use and again after nodes,
 * SKUs, the rate card or the rules change. Reading blocks on the cache, so callers run in the background.
 */
public final class PlanningNetworks {

    private final H2LocalStore store;
    private long changes;
    private long compiledAt = -1;
    private PlanningNetwork compiled;

    PlanningNetworks(H2LocalStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The network as the cache has it now; empty until the backend has sent its rate card. */
    public synchronized Optional<PlanningNetwork> current() {
        if (compiledAt != changes || compiled == null) {
            long seen = changes;
            Optional<Scenario> network = store.read(tx -> tx.planning().network());
            if (network.isEmpty()) {
                return Optional.empty();
            }
            compiled = PlanningNetwork.compile(network.get());
            compiledAt = seen;
        }
        return Optional.of(compiled);
    }

    synchronized void changed(CacheChanges cacheChanges) {
        if (cacheChanges.touches(EntityTable.NODE) || cacheChanges.touches(EntityTable.SKU)
                || cacheChanges.touches(EntityTable.CARRIERS) || cacheChanges.touches(EntityTable.RULES)) {
            changes++;
        }
    }
}
