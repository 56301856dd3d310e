package io.omniroute.generate;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Zones, fictional carriers and service levels modelled on US parcel rate cards. The numbers are chosen so that
 * real trade-offs appear: POSTAL wins for light parcels, HAULMARK freight for heavy ones, PARCELCO ground in
 * between, and speed costs money (OVERNIGHT is roughly three times GROUND).
 */
final class RateCard {

    /** Upper bound of zones Z1..Z7 in km; Z8 is unlimited. */
    private static final double[] ZONE_MAX_KM = {20, 80, 240, 480, 960, 1_450, 2_250};
    private static final int ZONES = ZONE_MAX_KM.length + 1;

    private RateCard() {
    }

    /**
     * One service priced per zone as base + step * zoneIndex, so every service gets dearer with distance.
     *
     * @param transitDays by zone index Z1..Z8
     * @param zones how many zones, from Z1, the service offers (a courier only covers the nearest)
     */
    private record Service(String carrier, String service, double base, double baseStep, double perKg,
            double perKgStep, int[] transitDays, int zones, OptionalDouble maxKm) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("PARCELCO", "GROUND", 6.40, 0.85, 0.60, 0.30, new int[] {1, 1, 1, 2, 3, 4, 4, 5}, ZONES,
                    OptionalDouble.empty()),
            new Service("PARCELCO", "TWO_DAY", 11.50, 1.60, 1.10, 0.30, new int[] {2, 2, 2, 2, 2, 2, 2, 2}, ZONES,
                    OptionalDouble.empty()),
            new Service("PARCELCO", "OVERNIGHT", 21.00, 2.75, 2.20, 0.55, new int[] {1, 1, 1, 1, 1, 1, 1, 1}, ZONES,
                    OptionalDouble.empty()),
            new Service("POSTAL", "ECONOMY", 4.10, 0.40, 1.80, 0.45, new int[] {2, 2, 3, 3, 4, 5, 6, 7}, ZONES,
                    OptionalDouble.empty()),
            new Service("HAULMARK", "FREIGHT", 26.00, 2.50, 0.25, 0.05, new int[] {2, 3, 3, 4, 5, 6, 7, 8}, ZONES,
                    OptionalDouble.empty()),
            new Service("SWIFT", "SAME_DAY", 8.90, 4.00, 0.80, 0.20, new int[] {0, 0}, 2, OptionalDouble.of(60)));

    static List<Zone> zones() {
        List<Zone> zones = new ArrayList<>(ZONES);
        for (int z = 0; z < ZONES; z++) {
            OptionalDouble maxKm = z < ZONE_MAX_KM.length ? OptionalDouble.of(ZONE_MAX_KM[z]) : OptionalDouble.empty();
            zones.add(new Zone(zoneName(z), maxKm));
        }
        return zones;
    }

    static List<CarrierService> carriers() {
        List<CarrierService> rows = new ArrayList<>();
        for (Service s : SERVICES) {
            for (int z = 0; z < s.zones(); z++) {
                rows.add(new CarrierService(s.carrier(), s.service(), zoneName(z),
                        Draw.cents(s.base() + s.baseStep() * z), Draw.cents(s.perKg() + s.perKgStep() * z),
                        s.transitDays()[z], s.maxKm()));
            }
        }
        return rows;
    }

    static List<ServiceLevel> serviceLevels() {
        return List.of(
                new ServiceLevel(ServiceLevels.SAME_DAY, 0),
                new ServiceLevel(ServiceLevels.NEXT_DAY, 1),
                new ServiceLevel(ServiceLevels.TWO_DAY, 2),
                new ServiceLevel(ServiceLevels.STANDARD, 5),
                new ServiceLevel(ServiceLevels.ECONOMY, 8));
    }

    /** The maximum distance the same-day courier accepts. */
    static double sameDayReachKm() {
        return SERVICES.get(SERVICES.size() - 1).maxKm().orElseThrow();
    }

    private static String zoneName(int index) {
        return "Z" + (index + 1);
    }
}
