package io.omniroute.engine.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * Strings numbered in the order they were added, found by their UTF-8 bytes. Millions of id references in inventory
 * and order lines are looked up straight from the CSV buffer, without a temporary string, and all share the one
 * stored instance.
 *
 * <p>Each entry's bytes are kept in one arena next to its number, and each table slot holds the hash and the arena
 * position. A lookup thus touches one slot and one arena spot instead of a string and its array, which matters when
 * the table is too big for the CPU caches.
 */
final class Symbols {

    private static final int ENTRY_HEADER = 8;

    private String[] strings = new String[64];
    /** Per slot: the hash in the high half and arena position + 1 in the low half; 0 marks an empty slot. */
    private long[] slots = new long[128];
    /** Per entry: its number (4 bytes), its length (4 bytes), then its UTF-8 bytes. */
    private byte[] arena = new byte[1024];
    private int arenaLength;
    private int size;

    /** The number of the string whose UTF-8 encoding is bytes[from, to), or -1. */
    int find(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int length = to - from;
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if ((int) (entry >>> 32) == hash) {
                int position = (int) entry - 1;
                if (readInt(position + 4) == length && Arrays.equals(arena, position + ENTRY_HEADER,
                        position + ENTRY_HEADER + length, bytes, from, to)) {
                    return readInt(position);
                }
            }
        }
        return -1;
    }

    /** Adds {@code text}, whose UTF-8 encoding is bytes[from, to) and which {@link #find} does not know yet. */
    int add(byte[] bytes, int from, int to, String text) {
        int length = to - from;
        if (size == strings.length) {
            strings = Arrays.copyOf(strings, size * 2);
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        if (arenaLength + ENTRY_HEADER + length > arena.length) {
            long needed = Math.max(arena.length * 2L, arenaLength + ENTRY_HEADER + (long) length);
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than 2 GB of distinct ids: " + size + " ids so far");
            }
            arena = Arrays.copyOf(arena, (int) needed);
        }
        int position = arenaLength;
        writeInt(position, size);
        writeInt(position + 4, length);
        System.arraycopy(bytes, from, arena, position + ENTRY_HEADER, length);
        arenaLength += ENTRY_HEADER + length;
        strings[size] = text;
        place(hash(bytes, from, to), position);
        return size++;
    }

    String get(int index) {
        return strings[index];
    }

    int size() {
        return size;
    }

    List<String> all() {
        return Arrays.asList(Arrays.copyOf(strings, size));
    }

    private void place(int hash, int position) {
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = ((long) hash << 32) | (position + 1L);
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[capacity];
        for (long entry : old) {
            if (entry != 0) {
                place((int) (entry >>> 32), (int) entry - 1);
            }
        }
    }

    private int readInt(int position) {
        return (arena[position] & 0xFF) << 24 | (arena[position + 1] & 0xFF) << 16
                | (arena[position + 2] & 0xFF) << 8 | (arena[position + 3] & 0xFF);
    }

    private void writeInt(int position, int value) {
        arena[position] = (byte) (value >>> 24);
        arena[position + 1] = (byte) (value >>> 16);
        arena[position + 2] = (byte) (value >>> 8);
        arena[position + 3] = (byte) value;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash;
    }

    /** Ids like SKU-000123 differ only in their last characters; mixing spreads them over the table. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E37_79B9;
        return mixed ^ (mixed >>> 16);
    }
}
