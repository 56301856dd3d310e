package io.omniroute.console.exceptions;

/** "1 unit", "3 units": counts as people write them. */
final class Plurals {

    private Plurals() {
    }

    static String of(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
