package io.omniroute.engine.scenario;

import java.util.Arrays;
import java.util.Set;

/**
 * The identifiers a file defines (node ids, SKUs, order ids, ...), numbered in the order they first appear, with
 * the line they appear on, so other files can check references against them and share one string per id.
 */
final class Keys {

    private final String file;
    private final String column;
    private final Symbols symbols = new Symbols();
    private int[] lines = new int[64];
    private boolean readable = true;

    Keys(String file, String column) {
        this.file = file;
        this.column = column;
    }

    /** The file that defines these ids, for messages. */
    String file() {
        return file;
    }

    /** The column that defines these ids, for messages. */
    String column() {
        return column;
    }

    Symbols symbols() {
        return symbols;
    }

    /** Records the line of an id just added to {@link #symbols()} under number {@code index}. */
    void firstSeen(int index, int line) {
        if (index >= lines.length) {
            lines = Arrays.copyOf(lines, Math.max(lines.length * 2, index + 1));
        }
        lines[index] = line;
    }

    String id(int index) {
        return symbols.get(index);
    }

    /** The line the id with this number was first seen on. */
    int line(int index) {
        return lines[index];
    }

    int size() {
        return symbols.size();
    }

    /** Every id defined, including those of rejected rows, so their references do not add noise. */
    Set<String> all() {
        return Set.copyOf(symbols.all());
    }

    /**
     * Marks the defining file as not fully read (missing, missing a column, or cut short by a broken quote), so
     * references to it are not checked: ids it failed to define would otherwise all be reported as unknown.
     */
    void markUnreadable() {
        readable = false;
    }

    boolean readable() {
        return readable;
    }
}
