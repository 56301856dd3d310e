package io.omniroute.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

    @Test
    void defaultsDescribeANationalRetailer() {
        assertThat(GeneratorSettings.defaults()).isEqualTo(GeneratorSettings.of(300, 20_000, 100_000, 7, 42));
    }

    @Test
    void rejectsZeroOrdersNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorSettings.of(300, 20_000, 0, 7, 42))
                .withMessage("orders is 0: must be at least 1");
    }

    @Test
    void rejectsMoreDaysThanAYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorSettings.of(300, 20_000, 10, 400, 42))
                .withMessageContaining("days is 400");
    }

    @Test
    void windowEndsTheGivenNumberOfDaysAfterTheStart() {
        assertThat(GeneratorSettings.of(1, 1, 1, 7, 1).end()).hasToString("2026-03-09T00:00:00Z");
    }
}
