package io.omniroute.cache;

/**
 * Told after a cache transaction commits, on the thread that ran it (a sync thread or the caller of a command).
 * A screen re-reads what it shows from the ids; a listener must return quickly and hand work to its own thread.
 */
@FunctionalInterface
public interface CacheListener {

    void changed(CacheChanges changes);
}
