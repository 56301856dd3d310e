package io.omniroute.engine.sourcing;

import static io.omniroute.engine.sourcing.TinyNetwork.line;
import static io.omniroute.engine.sourcing.TinyNetwork.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Scenario;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipmentPricerTest {

    private final TinyNetwork tiny = new TinyNetwork();
    private final ShipmentPricer pricer = ShipmentPricer.of(NetworkModel.of(new Scenario(tiny.nodes, tiny.skus,
            tiny.inventory, tiny.zones, tiny.carriers, tiny.levels, List.of(), Optional.empty())));

    @Test
    void picksTheCheapestServiceThatKeepsThePromise() {
        PricedShipment priced = pricer.price(ship("O1", "STANDARD", line(1, "A", 2)), "DC-DAL", 2, 2.0,
                Optional.empty(), Optional.empty()).orElseThrow();

        assertThat(priced.service().service()).isEqualTo("GROUND");
        assertThat(priced.totalCost()).isEqualTo(2.0 + 0.3 * 2 + 9.0 + 0.9 * 2.0);
        assertThat(priced.promisedDays()).isEqualTo(1 + 4);
    }

    @Test
    void usesTheNamedServiceWhenItIsFeasible() {
        PricedShipment priced = pricer.price(ship("O1", "STANDARD", line(1, "A", 1)), "DC-DAL", 1, 1.0,
                Optional.of("PARCELCO"), Optional.of("OVERNIGHT")).orElseThrow();

        assertThat(priced.service().service()).isEqualTo("OVERNIGHT");
    }

    @Test
    void fastestTakesTheQuickestServiceEvenWhenItMissesThePromise() {
        PricedShipment late = pricer.fastest(ship("O1", "NEXT_DAY", line(1, "A", 1)), "DC-DAL", 1, 1.0)
                .orElseThrow();

        assertThat(late.service().service()).isEqualTo("OVERNIGHT");
        assertThat(late.promisedDays()).isEqualTo(1 + 1);
    }

    @Test
    void fastestPrefersTheCheaperOfEquallyQuickServices() {
        PricedShipment quick = pricer.fastest(ship("O1", "SAME_DAY", line(1, "A", 1)), "DC-JOL", 1, 1.0)
                .orElseThrow();

        assertThat(quick.service().service()).isEqualTo("SAME_DAY");
        assertThat(quick.promisedDays()).isEqualTo(1);
    }

    @Test
    void nothingWhenNoServiceMeetsThePromise() {
        assertThat(pricer.price(ship("O1", "NEXT_DAY", line(1, "A", 1)), "DC-DAL", 1, 1.0, Optional.empty(),
                Optional.empty())).isEmpty();
    }
}
