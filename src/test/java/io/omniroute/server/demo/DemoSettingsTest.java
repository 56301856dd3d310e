package io.omniroute.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.server.ServerSettings;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoSettingsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 100.5, Double.NaN})
    void rateOutsideItsRangeIsRefusedNamingTheValue(double rate) {
        assertThatThrownBy(() -> DemoSettings.atRate(rate)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("> 0 and <= 100").hasMessageContaining(String.valueOf(rate));
    }

    @Test
    void aSlowRateBelowOneOrderASecondIsFine() {
        assertThat(DemoSettings.atRate(0.2).ordersPerSecond()).isEqualTo(0.2);
    }

    @Test
    void serverSettingsRefuseADemoWithoutAScenario() {
        ServerSettings plain = new ServerSettings("127.0.0.1", 0, "jdbc:h2:mem:x", "sa", "", Optional.empty(),
                Path.of("users.tsv"));

        assertThatThrownBy(() -> plain.withDemo(DemoSettings.atRate(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scenario");
    }
}
