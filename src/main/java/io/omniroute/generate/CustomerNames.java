package io.omniroute.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Customer names from short bundled lists of common US first and last names. */
final class CustomerNames {

    private final List<String> first;
    private final List<String> last;

    private CustomerNames(List<String> first, List<String> last) {
        this.first = first;
        this.last = last;
    }

    static CustomerNames bundled() {
        return new CustomerNames(Csv.readLines("/data/first-names.txt"), Csv.readLines("/data/last-names.txt"));
    }

    String next(SplittableRandom rng) {
        return first.get(rng.nextInt(first.size())) + " " + last.get(rng.nextInt(last.size()));
    }
}
