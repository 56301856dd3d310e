package io.omniroute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeCountsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # total, dcs, stores, dark stores, vendors, 3PLs
                  1,   1,      0,           0,       0,     0
                  2,   1,      1,           0,       0,     0
                 30,   1,     24,           2,       2,     1
                300,  12,    240,          21,      15,    12
               3000, 120,   2400,         210,     150,   120
            """)
    void scalesEveryTypeWithTheTotalAndKeepsOneDc(int total, int dcs, int stores, int darkStores, int vendors,
            int thirdParty) {
        NodeCounts counts = NodeCounts.forTotal(total);

        assertThat(counts).isEqualTo(new NodeCounts(dcs, stores, darkStores, vendors, thirdParty));
        assertThat(counts.total()).isEqualTo(total);
    }
}
