package io.omniroute.console.inventory;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The table's items: a read-only list over a query's row numbers that builds each {@link PositionRecord} only when
 * asked, so two million rows cost one int each. A new query's rows replace the old ones in a single change whose
 * removed items are built lazily too; {@link #indexOf} finds a record by its row number in an int scan, because the
 * TableView looks its selected and focused items up after every replacement.
 */
public final class PositionRows extends ObservableListBase<PositionRecord> {

    /** Recently built records, by index: a table asks for the same row once per visible cell. */
    private static final int CACHE_SIZE = 512;

    private int[] rows = new int[0];
    private IntFunction<PositionRecord> reader = row -> {
        throw new IllegalStateException("no rows yet, so row " + row + " cannot be read");
    };
    private final PositionRecord[] cached = new PositionRecord[CACHE_SIZE];

    PositionRows() {
    }

    /** Shows new rows; {@code reader} builds the record of a row number (reading the table under its lock). */
    void replace(int[] newRows, IntFunction<PositionRecord> newReader) {
        int[] oldRows = rows;
        IntFunction<PositionRecord> oldReader = reader;
        rows = Objects.requireNonNull(newRows, "newRows");
        reader = Objects.requireNonNull(newReader, "newReader");
        java.util.Arrays.fill(cached, null);
        if (oldRows.length > 0 || newRows.length > 0) {
            fireChange(new Replacement(new LazyRecords(oldRows, oldReader), newRows.length));
        }
    }

    @Override
    public PositionRecord get(int index) {
        Objects.checkIndex(index, rows.length);
        int slot = index & (CACHE_SIZE - 1);
        PositionRecord record = cached[slot];
        if (record == null || record.row() != rows[index]) {
            record = reader.apply(rows[index]);
            cached[slot] = record;
        }
        return record;
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** The position-table row shown at that index. */
    public int rowAt(int index) {
        return rows[index];
    }

    /** Where that position-table row is shown, or -1. */
    public int indexOfRow(int row) {
        if (row < 0) {
            return -1;
        }
        int[] shown = rows;
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] == row) {
                return i;
            }
        }
        return -1;
    }

    /** Finds a record by its row number alone: each row appears once, and its quantities may have changed. */
    @Override
    public int indexOf(Object item) {
        return item instanceof PositionRecord record ? indexOfRow(record.row()) : -1;
    }

    @Override
    public int lastIndexOf(Object item) {
        return indexOf(item);
    }

    @Override
    public boolean contains(Object item) {
        return indexOf(item) >= 0;
    }

    /** The rows shown, in order; shared, so never modify it. */
    int[] shownRows() {
        return rows;
    }

    /** Records of rows no longer shown, built only if a listener reads them. */
    private static final class LazyRecords extends AbstractList<PositionRecord> {

        private final int[] rows;
        private final IntFunction<PositionRecord> reader;

        LazyRecords(int[] rows, IntFunction<PositionRecord> reader) {
            this.rows = rows;
            this.reader = reader;
        }

        @Override
        public PositionRecord get(int index) {
            return reader.apply(rows[index]);
        }

        @Override
        public int size() {
            return rows.length;
        }
    }

    /** "Everything was replaced", as one sub-change, without copying the old items as the builder would. */
    private final class Replacement extends ListChangeListener.Change<PositionRecord> {

        private final List<PositionRecord> removed;
        private final int addedSize;
        private int cursor = -1;

        Replacement(List<PositionRecord> removed, int addedSize) {
            super(PositionRows.this);
            this.removed = removed;
            this.addedSize = addedSize;
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            checkOnChange();
            return 0;
        }

        @Override
        public int getTo() {
            checkOnChange();
            return addedSize;
        }

        @Override
        public List<PositionRecord> getRemoved() {
            checkOnChange();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            checkOnChange();
            return new int[0];
        }

        private void checkOnChange() {
            if (cursor != 0) {
                throw new IllegalStateException("call next() before reading the change");
            }
        }
    }
}
