package io.omniroute.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    private final StringWriter out = new StringWriter();
    private final CsvWriter csv = CsvWriter.over(out);

    @Test
    void writesAHeaderAndRowsSeparatedByCommas() throws IOException {
        csv.header("sku", "qty");
        csv.field("SKU-1").field(3).endRow();
        csv.flush();

        assertThat(out).hasToString("sku,qty\nSKU-1,3\n");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", quoteCharacter = '`', textBlock = """
            plain          | plain
            a,b            | "a,b"
            say "hi"       | "say ""hi""\"
            ` lead space`  | ` lead space`
            """)
    void quotesOnlyFieldsThatNeedIt(String value, String written) throws IOException {
        csv.field(value).endRow().flush();

        assertThat(out).hasToString(written + "\n");
    }

    @Test
    void quotesFieldsWithLineBreaks() throws IOException {
        csv.field("two\nlines").field("cr\rhere").endRow().flush();

        assertThat(out).hasToString("\"two\nlines\",\"cr\rhere\"\n");
    }

    @Test
    void writesBlankFieldsAsNothingBetweenCommas() throws IOException {
        csv.field("a").blank().field("").endRow().flush();

        assertThat(out).hasToString("a,,\n");
    }

    @Test
    void writesIntegersLongsAndBooleans() throws IOException {
        csv.field(-42).field(Long.MIN_VALUE).field(Long.MAX_VALUE).field(true).field(false).endRow().flush();

        assertThat(out).hasToString("-42,-9223372036854775808,9223372036854775807,true,false\n");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3.1,      2, 3.10
            2.675,    2, 2.68
            1.005,    2, 1.01
            0.125,    2, 0.13
            -0.125,   2, -0.13
            -0.001,   2, 0.00
            12.5,     0, 13
            -12.5,    0, -13
            0,        3, 0.000
            0.0049,   2, 0.00
            1234567.891, 1, 1234567.9
            1e20,     2, 100000000000000000000.00
            """)
    void roundsHalfUpToAFixedNumberOfDecimals(double value, int decimals, String written) throws IOException {
        csv.field(value, decimals).endRow().flush();

        assertThat(out).hasToString(written + "\n");
    }

    @Test
    void roundsLikeBigDecimalHalfUpForManyRandomValues() throws IOException {
        Random random = new Random(42);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            double value = Math.round(random.nextGaussian() * 1e6) / 1000.0 + (random.nextBoolean() ? 0.0005 : 0);
            int decimals = random.nextInt(5);
            String expected = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            String written = written(writer -> writer.field(value, decimals));
            if (!written.equals(expected)) {
                mismatches.add(value + " to " + decimals + " decimals: " + written + " instead of " + expected);
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12.5,          12.5
            3.0,           3
            -0.0,          -0
            0.1,           0.1
            -74.006,       -74.006
            1.0E-7,        0.0000001
            1.0E21,        1000000000000000000000
            123456789.125, 123456789.125
            0.30000000000000004, 0.30000000000000004
            """)
    void writesTheShortestPlainDecimal(double value, String written) throws IOException {
        csv.field(value).endRow().flush();

        assertThat(out).hasToString(written + "\n");
    }

    @Test
    void writesPlainDoublesThatReadBackExactly() throws IOException {
        Random random = new Random(7);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            double value = i % 10 != 0 ? random.nextDouble() * 360 - 180 : Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value)) {
                continue;
            }
            String written = written(writer -> writer.field(value));
            if (written.contains("E") || Double.parseDouble(written) != value) {
                mismatches.add(value + " written as " + written);
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesNumbersThatAreNotFinite(double value) {
        assertThatThrownBy(() -> csv.field(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only finite numbers");
    }

    @Test
    void writesUtf8ToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        try (CsvWriter writer = CsvWriter.open(file)) {
            writer.field("Zürich").field(1.5, 1).endRow();
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("Zürich,1.5\n");
    }

    private interface Field {
        void writeTo(CsvWriter writer) throws IOException;
    }

    private static String written(Field field) throws IOException {
        StringWriter text = new StringWriter();
        try (CsvWriter writer = CsvWriter.over(text)) {
            field.writeTo(writer);
        }
        return text.toString();
    }
}
