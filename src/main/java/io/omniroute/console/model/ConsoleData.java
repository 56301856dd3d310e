package io.omniroute.console.model;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.CacheListener;
import io.omniroute.cache.EntityTable;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.NodeRow;
import io.omniroute.cache.PositionRow;
import io.omniroute.cache.SkuRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * The console's in-memory view of the cache: the catalog and the position table, loaded once and then kept live
 * from the cache's change notices (the changed rows are read again by id). Changes that arrive while the first
 * load runs are read again when it ends, so none is lost between the load's snapshot and the live updates.
 */
public final class ConsoleData implements CacheListener, AutoCloseable {

    /** Positions added per progress report while loading. */
    private static final int PROGRESS_EVERY = 100_000;

    private final H2LocalStore store;
    private final ZipDirectory zips;
    private final PositionTable positions;
    private final PlanningNetworks planning;
    private final ShipmentSlots slots;
    private final List<DataListener> listeners = new CopyOnWriteArrayList<>();
    private final Object loadLock = new Object();
    /** Serializes re-reads, so the one that runs last read the newest committed rows and writes them last. */
    private final Object refreshLock = new Object();
    private Set<String> changedWhileLoading;
    private volatile NetworkCatalog catalog = NetworkCatalog.empty();
    private volatile boolean loaded;

    private ConsoleData(H2LocalStore store, ZipDirectory zips, int expectedPositions) {
        this.store = store;
        this.zips = zips;
        this.positions = PositionTable.withCapacity(expectedPositions);
        this.planning = new PlanningNetworks(store);
        this.slots = new ShipmentSlots(store);
    }

    /** Listens to the store at once; call {@link #load(LongConsumer)} (in the background) to fill it. */
    public static ConsoleData over(H2LocalStore store, ZipDirectory zips) {
        Objects.requireNonNull(store, "store");
        long cached = store.stats().entities().getOrDefault(EntityTable.INVENTORY, 0L);
        ConsoleData data = new ConsoleData(store, Objects.requireNonNull(zips, "zips"),
                (int) Math.min(Integer.MAX_VALUE - 8, cached + cached / 8));
        store.addListener(data);
        return data;
    }

    /**
     * Reads the catalog and every position from the cache; blocking, so run it as a background task.
     *
     * @param progress told the number of positions read so far, every 100,000
     */
    public void load(LongConsumer progress) {
        synchronized (loadLock) {
            changedWhileLoading = new HashSet<>();
        }
        try {
            readAll(progress);
        } catch (RuntimeException | Error e) {
            synchronized (loadLock) {
                changedWhileLoading = null;
            }
            throw e;
        }
        Set<String> missed;
        synchronized (loadLock) {
            missed = changedWhileLoading;
            changedWhileLoading = null;
            loaded = true;
        }
        if (!missed.isEmpty()) {
            refreshPositions(missed);
        }
        listeners.forEach(DataListener::loaded);
    }

    private void readAll(LongConsumer progress) {
        reloadCatalog();
        List<PositionRow> batch = new ArrayList<>(PROGRESS_EVERY);
        long[] read = {0};
        store.read(tx -> {
            tx.positions().forEach(row -> {
                batch.add(row);
                if (batch.size() == PROGRESS_EVERY) {
                    positions.upsert(batch);
                    batch.clear();
                    read[0] += PROGRESS_EVERY;
                    progress.accept(read[0]);
                }
            });
            return null;
        });
        positions.upsert(batch);
        progress.accept(read[0] + batch.size());
    }

    public boolean isLoaded() {
        return loaded;
    }

    public NetworkCatalog catalog() {
        return catalog;
    }

    public PositionTable positions() {
        return positions;
    }

    /** The network, rate card and rules compiled for the engine (read on first use, in the background). */
    public PlanningNetworks planning() {
        return planning;
    }

    /** Capacity slots per node and day, kept live from the orders' change notices. */
    public ShipmentSlots slots() {
        return slots;
    }

    /** The cache the data comes from, for the screens' own reads (orders, exceptions, the outbox). */
    public H2LocalStore store() {
        return store;
    }

    public void addListener(DataListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(DataListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void changed(CacheChanges changes) {
        planning.changed(changes);
        if (!changes.outbox()) {
            slots.ordersChanged(changes.ids(EntityTable.ORDER));
        }
        if (changes.touches(EntityTable.NODE) || changes.touches(EntityTable.SKU)) {
            reloadCatalog();
        }
        Set<String> positionIds = changes.ids(EntityTable.INVENTORY);
        if (!positionIds.isEmpty() && !changes.outbox()) {
            boolean later;
            synchronized (loadLock) {
                later = changedWhileLoading != null;
                if (later) {
                    changedWhileLoading.addAll(positionIds);
                }
            }
            if (!later && loaded) {
                refreshPositions(positionIds);
            }
        }
        listeners.forEach(listener -> listener.cacheChanged(changes));
    }

    private void refreshPositions(Set<String> ids) {
        int[] changed;
        synchronized (refreshLock) {
            List<PositionRow> current = store.read(tx -> tx.positions().byIds(ids));
            int[] rows = positions.upsert(current);
            if (current.size() < ids.size()) {
                Set<String> gone = new HashSet<>(ids);
                current.forEach(row -> gone.remove(row.id()));
                rows = concat(rows, positions.remove(gone));
            }
            changed = rows;
        }
        listeners.forEach(listener -> listener.positionsChanged(changed));
    }

    private void reloadCatalog() {
        record Rows(List<NodeRow> nodes, List<SkuRow> skus) {
        }
        Rows rows = store.read(tx -> new Rows(tx.catalog().nodes(), tx.catalog().skus()));
        NetworkCatalog fresh = NetworkCatalog.of(rows.nodes(), rows.skus(), zips);
        catalog = fresh;
        listeners.forEach(listener -> listener.catalogChanged(fresh));
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() {
        store.removeListener(this);
        listeners.clear();
    }
}
