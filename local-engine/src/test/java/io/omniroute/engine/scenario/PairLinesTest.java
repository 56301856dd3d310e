package io.omniroute.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairLinesTest {

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource(textBlock = """
            10,      20
            100000,  100000
            """)
    void returnsTheLineAPairWasFirstSeenOn(int aCount, int bCount) {
        PairLines pairs = new PairLines(aCount, bCount);
        for (int i = 0; i < 5_000; i++) {
            pairs.putIfAbsent(i % aCount, (i * 7) % bCount, i + 2);
        }

        assertThat(pairs.putIfAbsent(3, 21 % bCount, 9_999)).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource(textBlock = """
            10,      20
            100000,  100000
            """)
    void treatsPairsDifferingInOneNumberAsNew(int aCount, int bCount) {
        PairLines pairs = new PairLines(aCount, bCount);
        pairs.putIfAbsent(1, 2, 2);

        assertThat(pairs.putIfAbsent(2, 1, 3)).isZero();
    }
}
