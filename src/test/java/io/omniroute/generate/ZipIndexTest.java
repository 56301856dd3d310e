package io.omniroute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipIndexTest {

    private final ZipIndex index = ReferenceData.load().zips();

    @Test
    void gridAgreesWithALinearScanAcrossTheCountry() {
        List<String[]> rows = Csv.readResource(ReferenceData.ZIPS).stream()
                .filter(r -> !(r[1].equals("0") && r[2].equals("0")))
                .filter(r -> !r[4].matches("AA|AE|AP|PR|VI|GU|FM|MP|PW|MH|AS"))
                .toList();
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 300; i++) {
            double lat = Draw.between(rng, 25, 49);
            double lon = Draw.between(rng, -124, -67);

            assertThat(index.nearest(lat, lon)).as("nearest ZIP to %s,%s", lat, lon)
                    .isEqualTo(linearScan(rows, lat, lon));
        }
    }

    @Test
    void findsTheZipOfAKnownCentroid() {
        assertThat(index.nearest(40.7484, -73.9967)).isEqualTo("10001");
    }

    @Test
    void leavesOutMilitaryAndTerritoryZips() {
        assertThat(index.size()).isBetween(41_000, 42_555);
    }

    private static String linearScan(List<String[]> rows, double lat, double lon) {
        double scale = Math.cos(Math.toRadians(lat));
        String best = null;
        double bestDist = Double.MAX_VALUE;
        for (String[] row : rows) {
            double dLat = Double.parseDouble(row[1]) - lat;
            double dLon = (Double.parseDouble(row[2]) - lon) * scale;
            double dist = dLat * dLat + dLon * dLon;
            if (dist < bestDist) {
                bestDist = dist;
                best = row[0];
            }
        }
        return best;
    }
}
