package io.omniroute.console.model;

import io.omniroute.cache.PositionRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Every inventory position in primitive columns, indexed by row: node and SKU as ints into their dictionaries,
 * quantities as ints, the update time in epoch seconds. About 40 bytes a position, so two million fit in well under
 * 100 MB. Sync updates rows in place and appends new ones under a write lock; screens read through
 * {@link #read(Function)} under the read lock, so a filter never sees half an update. Rows are never moved, so a
 * row number stays valid for the table's life; a deleted position is only marked.
 */
public final class PositionTable {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<String> nodeIds = new ArrayList<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final List<String> skuIds = new ArrayList<>();
    private final Map<String, Integer> skuIndex = new HashMap<>();
    private final LongIntMap rowByKey;
    private final BitSet removed = new BitSet();
    private int[] node;
    private int[] sku;
    private int[] onHand;
    private int[] reserved;
    private int[] safety;
    private int[] atp;
    private long[] updated;
    private int size;
    private volatile long version;

    private PositionTable(int expected) {
        int capacity = Math.max(16, expected);
        node = new int[capacity];
        sku = new int[capacity];
        onHand = new int[capacity];
        reserved = new int[capacity];
        safety = new int[capacity];
        atp = new int[capacity];
        updated = new long[capacity];
        rowByKey = new LongIntMap(capacity);
    }

    /** An empty table sized for about that many positions (it grows past them). */
    public static PositionTable withCapacity(int expected) {
        return new PositionTable(expected);
    }

    /** Inserts or replaces each position; returns the rows it touched. */
    public int[] upsert(Collection<PositionRow> positions) {
        lock.writeLock().lock();
        try {
            int[] rows = new int[positions.size()];
            int i = 0;
            for (PositionRow position : positions) {
                rows[i++] = upsertOne(position);
            }
            version++;
            return rows;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Marks the positions ({@code node_id|sku}) deleted; unknown ids are ignored. Returns the rows it marked. */
    public int[] remove(Collection<String> ids) {
        lock.writeLock().lock();
        try {
            int[] rows = new int[ids.size()];
            int count = 0;
            for (String id : ids) {
                int bar = id.indexOf('|');
                int row = bar < 0 ? -1 : find(id.substring(0, bar), id.substring(bar + 1));
                if (row >= 0) {
                    removed.set(row);
                    rows[count++] = row;
                }
            }
            version++;
            return Arrays.copyOf(rows, count);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs the query over a consistent view of the table (under the read lock: keep it short of I/O). */
    public <T> T read(Function<View, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(view);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Grows with every change, so a screen can tell whether what it shows is current. */
    public long version() {
        return version;
    }

    private int upsertOne(PositionRow position) {
        int nodeNo = intern(position.nodeId(), nodeIds, nodeIndex);
        int skuNo = intern(position.sku(), skuIds, skuIndex);
        long key = key(nodeNo, skuNo);
        int row = rowByKey.get(key);
        if (row < 0) {
            row = size++;
            ensureCapacity(size);
            node[row] = nodeNo;
            sku[row] = skuNo;
            rowByKey.put(key, row);
        }
        removed.clear(row);
        onHand[row] = position.onHand();
        reserved[row] = position.reserved();
        safety[row] = position.safetyStock();
        atp[row] = position.atp();
        updated[row] = position.updatedAt().getEpochSecond();
        return row;
    }

    private int find(String nodeId, String skuId) {
        Integer nodeNo = nodeIndex.get(nodeId);
        Integer skuNo = skuIndex.get(skuId);
        return nodeNo == null || skuNo == null ? -1 : rowByKey.get(key(nodeNo, skuNo));
    }

    private static int intern(String id, List<String> ids, Map<String, Integer> index) {
        Integer known = index.get(id);
        if (known != null) {
            return known;
        }
        int next = ids.size();
        ids.add(id);
        index.put(id, next);
        return next;
    }

    private static long key(int nodeNo, int skuNo) {
        return ((long) nodeNo << 32) | (skuNo & 0xFFFFFFFFL);
    }

    private void ensureCapacity(int needed) {
        if (needed <= node.length) {
            return;
        }
        int capacity = Math.max(needed, node.length + (node.length >> 1));
        node = Arrays.copyOf(node, capacity);
        sku = Arrays.copyOf(sku, capacity);
        onHand = Arrays.copyOf(onHand, capacity);
        reserved = Arrays.copyOf(reserved, capacity);
        safety = Arrays.copyOf(safety, capacity);
        atp = Arrays.copyOf(atp, capacity);
        updated = Arrays.copyOf(updated, capacity);
    }

    private final View view = new View();

    /**
     * Read access to the columns by row, valid only inside {@link #read(Function)}. Rows run from 0 to
     * {@link #rows()}; skip those that are not {@link #live(int)}.
     */
    public final class View {

        private View() {
        }

        public int rows() {
            return size;
        }

        public boolean live(int row) {
            return !removed.get(row);
        }

        /** The number of live positions. */
        public int count() {
            return size - removed.cardinality();
        }

        public int node(int row) {
            return node[row];
        }

        public int sku(int row) {
            return sku[row];
        }

        public int onHand(int row) {
            return onHand[row];
        }

        public int reserved(int row) {
            return reserved[row];
        }

        public int safetyStock(int row) {
            return safety[row];
        }

        public int atp(int row) {
            return atp[row];
        }

        /** When the backend last changed the position, in epoch seconds (0 when it did not say). */
        public long updatedEpochSecond(int row) {
            return updated[row];
        }

        public String nodeId(int nodeNo) {
            return nodeIds.get(nodeNo);
        }

        public String skuId(int skuNo) {
            return skuIds.get(skuNo);
        }

        /** Node numbers run from 0 to nodes() - 1. */
        public int nodes() {
            return nodeIds.size();
        }

        public int skus() {
            return skuIds.size();
        }

        /** The node's number, or -1 when no position of it is held. */
        public int nodeNumber(String nodeId) {
            return nodeIndex.getOrDefault(nodeId, -1);
        }

        /** The SKU's number, or -1 when no position of it is held. */
        public int skuNumber(String skuId) {
            return skuIndex.getOrDefault(skuId, -1);
        }

        /** The row of that position, or -1. */
        public int row(String nodeId, String skuId) {
            return find(nodeId, skuId);
        }
    }
}
