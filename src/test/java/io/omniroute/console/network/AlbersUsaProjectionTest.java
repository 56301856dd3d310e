package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omniroute.console.network.AlbersUsaProjection.Inset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlbersUsaProjectionTest {

    private final AlbersUsaProjection projection = AlbersUsaProjection.create();

    private MapPoint at(double lon, double lat) {
        return projection.project(lon, lat).orElseThrow(() -> new AssertionError(lon + ", " + lat + " is off the map"));
    }

    @Test
    void theMiddleOfTheCountryLandsNearTheMiddleOfTheMap() {
        MapPoint kansas = at(-98.6, 39.8);

        assertThat(kansas.x()).isCloseTo(0, within(0.03));
        assertThat(kansas.y()).isCloseTo(-0.02, within(0.03));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Seattle,     -122.33, 47.61, LOWER_48
            Miami,        -80.19, 25.76, LOWER_48
            Key West,     -81.78, 24.56, LOWER_48
            Bangor ME,    -68.77, 44.80, LOWER_48
            San Diego,   -117.16, 32.72, LOWER_48
            Anchorage,   -149.90, 61.22, ALASKA
            Utqiagvik,   -156.79, 71.29, ALASKA
            Juneau,      -134.42, 58.30, ALASKA
            Attu Island,  172.90, 52.90, ALASKA
            Honolulu,    -157.86, 21.31, HAWAII
            Hilo,        -155.09, 19.72, HAWAII
            """)
    void placesLandInTheirPartOfTheMap(String place, double lon, double lat, Inset inset) {
        MapPoint point = at(lon, lat);

        assertThat(projection.frame(inset).contains(point)).as(place + " at " + point).isTrue();
        if (inset == Inset.LOWER_48) {
            assertThat(projection.frame(Inset.ALASKA).contains(point)).isFalse();
            assertThat(projection.frame(Inset.HAWAII).contains(point)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            San Juan PR,   -66.11, 18.47
            Mexico City,   -99.13, 19.43
            Guam,          144.79, 13.44
            London,         -0.13, 51.51
            """)
    void placesOutsideTheStatesAreOffTheMap(String place, double lon, double lat) {
        assertThat(projection.project(lon, lat)).as(place).isEqualTo(Optional.empty());
    }

    @Test
    void xGrowsFromWestToEastAlongAParallel() {
        double previous = Double.NEGATIVE_INFINITY;
        for (double lon = -124; lon <= -70; lon += 0.5) {
            double x = projection.projectIn(Inset.LOWER_48, lon, 40).x();
            assertThat(x).as("x at %s", lon).isGreaterThan(previous);
            previous = x;
        }
    }

    @Test
    void northIsUp() {
        assertThat(at(-93.27, 44.98).y()).as("Minneapolis above New Orleans").isLessThan(at(-90.07, 29.95).y());
    }

    @Test
    void theLower48KeepAreasInProportion() {
        // An equal-area projection draws a one-degree cell in proportion to its area on the globe (∝ cos latitude).
        double maine = cellArea(-69, 46) / Math.cos(Math.toRadians(46.5));
        double texas = cellArea(-99, 27) / Math.cos(Math.toRadians(27.5));
        double oregon = cellArea(-121, 44) / Math.cos(Math.toRadians(44.5));

        assertThat(texas / maine).isCloseTo(1, within(0.002));
        assertThat(oregon / maine).isCloseTo(1, within(0.002));
    }

    private double cellArea(double lon, double lat) {
        MapPoint a = projection.projectIn(Inset.LOWER_48, lon, lat);
        MapPoint b = projection.projectIn(Inset.LOWER_48, lon + 1, lat);
        MapPoint c = projection.projectIn(Inset.LOWER_48, lon + 1, lat + 1);
        MapPoint d = projection.projectIn(Inset.LOWER_48, lon, lat + 1);
        double twice = (a.x() * b.y() - b.x() * a.y()) + (b.x() * c.y() - c.x() * b.y())
                + (c.x() * d.y() - d.x() * c.y()) + (d.x() * a.y() - a.x() * d.y());
        return Math.abs(twice) / 2;
    }

    @Test
    void alaskaAndHawaiiAreDrawnWithTheirOwnStates() {
        assertThat(AlbersUsaProjection.insetOf(UsState.AK)).isEqualTo(Inset.ALASKA);
        assertThat(AlbersUsaProjection.insetOf(UsState.HI)).isEqualTo(Inset.HAWAII);
        assertThat(AlbersUsaProjection.insetOf(UsState.TX)).isEqualTo(Inset.LOWER_48);
    }
}
