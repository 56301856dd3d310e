package io.omniroute.generate;

import java.util.HashSet;
import java.util.Set;

/** Node ids and display names: ids are zero-padded per type, names stay unique by numbering repeats. */
final class NodeIds {

    private final Set<String> names = new HashSet<>();

    static String id(String prefix, int number, int count, int minWidth) {
        return Ids.padded(prefix, number, Ids.width(count, minWidth));
    }

    /** "Store Austin", then "Store Austin #2", "Store Austin #3". */
    String unique(String name) {
        if (names.add(name)) {
            return name;
        }
        for (int n = 2; ; n++) {
            String numbered = name + " #" + n;
            if (names.add(numbered)) {
                return numbered;
            }
        }
    }
}
