package io.omniroute.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RadixSortTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,           10
            0,           100000
            -50,         3000000
            -2147483648, 2147483647
            """)
    void sortsLikeAStableComparatorSortOverAnyKeyRange(int low, int high) {
        Random random = new Random(42);
        int[] keys = IntStream.range(0, 50_000)
                .map(i -> (int) (low + (long) (random.nextDouble() * ((long) high - low))))
                .toArray();
        keys[0] = low;
        keys[1] = high;
        Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, Comparator.comparingInt(row -> keys[row]));
        int[] rows = IntStream.range(0, keys.length).toArray();
        int[] sortKeys = keys.clone();

        RadixSort.sort(rows, sortKeys);

        assertThat(rows).isEqualTo(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
        assertThat(sortKeys).isSorted();
    }
}
