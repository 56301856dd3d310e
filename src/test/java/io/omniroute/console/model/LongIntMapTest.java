package io.omniroute.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void aPutValueIsReadBack() {
        LongIntMap map = new LongIntMap(16);

        map.put(42L, 7);

        assertThat(map.get(42L)).isEqualTo(7);
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void putOfAKnownKeyOverwritesItsValue() {
        LongIntMap map = new LongIntMap(16);
        map.put(42L, 7);

        map.put(42L, 8);

        assertThat(map.get(42L)).isEqualTo(8);
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void anAbsentKeyReadsMinusOne() {
        LongIntMap map = new LongIntMap(16);
        map.put(1L, 0);

        assertThat(map.get(2L)).isEqualTo(-1);
    }

    @Test
    void valueZeroIsAValueNotAnAbsence() {
        LongIntMap map = new LongIntMap(16);

        map.put(5L, 0);

        assertThat(map.get(5L)).isZero();
    }

    @Test
    void keyZeroNegativeKeysAndTheExtremesAreOrdinaryKeys() {
        LongIntMap map = new LongIntMap(16);

        map.put(0L, 1);
        map.put(-1L, 2);
        map.put(Long.MIN_VALUE, 3);
        map.put(Long.MAX_VALUE, 4);

        assertThat(new int[] {map.get(0L), map.get(-1L), map.get(Long.MIN_VALUE), map.get(Long.MAX_VALUE)})
                .containsExactly(1, 2, 3, 4);
        assertThat(map.size()).isEqualTo(4);
    }

    @Test
    void growingFarPastTheInitialCapacityKeepsEveryEntry() {
        LongIntMap map = new LongIntMap(16);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(20260302L);
        for (int i = 0; i < 100_000; i++) {
            long key = random.nextLong();
            int value = random.nextInt(Integer.MAX_VALUE);
            map.put(key, value);
            expected.put(key, value);
        }

        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(map.get(key)).as("key %d", key).isEqualTo(value));
        assertThat(map.get(random.nextLong())).isEqualTo(-1);
    }

    @Test
    void keysThatDifferOnlyInTheirHighOrLowHalfAreAllKept() {
        // the position table's keys: node number in the high 32 bits, SKU number in the low 32
        LongIntMap map = new LongIntMap(16);
        int row = 0;
        for (long node = 0; node < 200; node++) {
            for (long sku = 0; sku < 500; sku++) {
                map.put(node << 32 | sku, row++);
            }
        }

        assertThat(map.size()).isEqualTo(100_000);
        assertThat(map.get(0L)).isZero();
        assertThat(map.get(1L << 32)).isEqualTo(500);
        assertThat(map.get(199L << 32 | 499)).isEqualTo(99_999);
        assertThat(map.get(200L << 32)).isEqualTo(-1);
    }

    @Test
    void aNegativeValueIsRefusedWithAMessageNamingIt() {
        LongIntMap map = new LongIntMap(16);

        assertThatThrownBy(() -> map.put(1L, -3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-3").hasMessageContaining(">= 0");
        assertThat(map.get(1L)).isEqualTo(-1);
    }
}
