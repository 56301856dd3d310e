package io.omniroute.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled ZIP centroids (src/main/resources/data/us-zip-centroids.csv). */
class ZipDirectoryTest {

    private final ZipDirectory zips = ZipDirectory.bundled();

    @Test
    void aKnownZipHasItsCentroidCityAndState() {
        assertThat(zips.place("75233")).contains(new Place("75233", 32.7046, -96.8725, "Dallas", "TX"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(textBlock = """
            75233-1234, 75233, Dallas
            '  75233 ', 75233, Dallas
            2134,       02134, Allston
            501,        00501, Holtsville
            02134-0001, 02134, Allston
            2134-0001,  02134, Allston
            752331234,  75233, Dallas
            """)
    void aZipPlusFourOrAZipThatLostItsLeadingZerosIsNormalized(String written, String zip, String city) {
        assertThat(zips.place(written)).hasValueSatisfying(place -> {
            assertThat(place.zip()).isEqualTo(zip);
            assertThat(place.city()).isEqualTo(city);
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"99999", "752331", "ABCDE", "7523A", "  "})
    void aZipTheDirectoryDoesNotKnowHasNoPlace(String zip) {
        assertThat(zips.place(zip)).isEmpty();
    }

    @Test
    void theBundledDirectoryIsReadOncePerJvm() {
        assertThat(ZipDirectory.bundled()).isSameAs(zips);
    }
}
