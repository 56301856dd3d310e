package io.omniroute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Zone;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateCardTest {

    private final List<CarrierService> carriers = RateCard.carriers();

    @Test
    void zonesAscendAndOnlyTheLastIsUnlimited() {
        List<Zone> zones = RateCard.zones();

        assertThat(zones).hasSize(8);
        assertThat(zones.subList(0, 7)).allSatisfy(z -> assertThat(z.maxKm()).isPresent());
        assertThat(zones.subList(0, 7)).extracting(z -> z.maxKm().getAsDouble()).isSorted();
        assertThat(zones.get(7).maxKm()).isEmpty();
    }

    @Test
    void eachServiceHasOneRowPerZone() {
        assertThat(carriers).extracting(c -> c.carrier() + "/" + c.service() + "/" + c.zone()).doesNotHaveDuplicates();
    }

    @Test
    void postalIsCheapestForALightParcelInZone5() {
        assertThat(cheapest("Z5", 0.5, 5)).isEqualTo("POSTAL/ECONOMY");
    }

    @Test
    void freightIsCheapestForASofaInZone5() {
        assertThat(cheapest("Z5", 29, 5)).isEqualTo("HAULMARK/FREIGHT");
    }

    @Test
    void groundIsCheapestForAMidWeightParcelInZone5() {
        assertThat(cheapest("Z5", 5, 5)).isEqualTo("PARCELCO/GROUND");
    }

    @Test
    void fasterServicesCostMore() {
        assertThat(cost("PARCELCO", "OVERNIGHT", "Z4", 2)).isGreaterThan(cost("PARCELCO", "TWO_DAY", "Z4", 2));
        assertThat(cost("PARCELCO", "TWO_DAY", "Z4", 2)).isGreaterThan(cost("PARCELCO", "GROUND", "Z4", 2));
    }

    @Test
    void sameDayCourierServesOnlyNearbyZones() {
        assertThat(carriers).filteredOn(c -> c.service().equals("SAME_DAY"))
                .allSatisfy(c -> {
                    assertThat(c.transitDays()).isZero();
                    assertThat(c.maxKm()).hasValue(60);
                })
                .extracting(CarrierService::zone).containsExactly("Z1", "Z2");
    }

    @Test
    void aDcCanMeetStandardInEveryZone() {
        int dcProcessingDays = 1;

        assertThat(RateCard.zones()).allSatisfy(zone -> assertThat(carriers).anySatisfy(c -> {
            assertThat(c.zone()).isEqualTo(zone.zone());
            assertThat(dcProcessingDays + c.transitDays()).isLessThanOrEqualTo(5);
        }));
    }

    private String cheapest(String zone, double kg, int maxTransitDays) {
        return carriers.stream().filter(c -> c.zone().equals(zone) && c.transitDays() <= maxTransitDays)
                .min(Comparator.comparingDouble(c -> c.baseRate() + c.perKg() * kg))
                .map(c -> c.carrier() + "/" + c.service()).orElseThrow();
    }

    private double cost(String carrier, String service, String zone, double kg) {
        CarrierService c = carriers.stream()
                .filter(s -> s.carrier().equals(carrier) && s.service().equals(service) && s.zone().equals(zone))
                .findFirst().orElseThrow();
        return c.baseRate() + c.perKg() * kg;
    }
}
