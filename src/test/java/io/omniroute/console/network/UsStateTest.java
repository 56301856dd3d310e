package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UsStateTest {

    @Test
    void fiftyStatesAndDcEachWithTheirOwnFipsCode() {
        assertThat(UsState.values()).hasSize(51);
        assertThat(Arrays.stream(UsState.values()).map(UsState::fips)).doesNotHaveDuplicates();
    }

    @Test
    void statesAreFoundByFipsAndByPostalCode() {
        assertThat(UsState.byFips("48")).contains(UsState.TX);
        assertThat(UsState.byCode("TX")).contains(UsState.TX);
        assertThat(UsState.byFips("72")).isEmpty();
    }

    @Test
    void aStateIsDescribedByCodeAndNameAndATerritoryByItsCode() {
        assertThat(UsState.describe("TX")).isEqualTo("TX · Texas");
        assertThat(UsState.describe("PR")).isEqualTo("PR");
    }
}
