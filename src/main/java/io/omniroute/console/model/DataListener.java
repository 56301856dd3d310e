package io.omniroute.console.model;

import io.omniroute.cache.CacheChanges;

/**
 * Told when the console's data changed, on a background thread (a ViewModel hands it to the UI thread through its
 * task executor). Each method has a default, so a screen implements only what it shows.
 */
public interface DataListener {

    /** The first load of the catalog and every position has finished. */
    default void loaded() {
    }

    /** The nodes or SKUs changed: a new catalog. */
    default void catalogChanged(NetworkCatalog catalog) {
    }

    /** Those rows of the position table changed (or were added or marked deleted). */
    default void positionsChanged(int[] rows) {
    }

    /** Orders, exceptions, pickups, rules or the outbox changed in the cache (ids per entity inside). */
    default void cacheChanged(CacheChanges changes) {
    }
}
