package io.omniroute.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    @Test
    void splitsPlainFieldsOnCommas() throws IOException {
        assertThat(records("a,b,,d\n")).containsExactly(List.of("a", "b", "", "d"));
    }

    @Test
    void readsQuotedFieldsHoldingCommasQuotesAndLineBreaks() throws IOException {
        assertThat(records("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n"))
                .containsExactly(List.of("a,b", "say \"hi\"", "two\nlines"));
    }

    @Test
    void keepsAnEmptyQuotedFieldEmpty() throws IOException {
        assertThat(records("\"\",x\n")).containsExactly(List.of("", "x"));
    }

    @Test
    void readsTheLastRecordWithoutATrailingLineBreak() throws IOException {
        assertThat(records("a\nb")).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void acceptsLfCrlfAndCrLineEndings() throws IOException {
        assertThat(records("a\r\nb\rc\n")).containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    void skipsEmptyLines() throws IOException {
        assertThat(records("a\n\n\r\nb\n")).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void decodesUtf8AndIgnoresAByteOrderMark() throws IOException {
        assertThat(records("\uFEFFZürich,東京\n")).containsExactly(List.of("Zürich", "東京"));
    }

    @Test
    void reportsThePhysicalLineEachRecordStartsOn() throws IOException {
        CsvReader csv = reader("h\n\"one\ntwo\r\nthree\"\n\nnext\n");
        List<Integer> lines = new ArrayList<>();
        while (csv.next()) {
            lines.add(csv.line());
        }

        assertThat(lines).containsExactly(1, 2, 6);
    }

    @Test
    void readsFieldsLongerThanItsBuffer() throws IOException {
        String longText = "x".repeat(200_000);

        assertThat(records(longText + ",\"" + longText + "\"\n")).containsExactly(List.of(longText, longText));
    }

    @Test
    void reportsAnUnclosedQuoteWithTheColumnAndTheLineItStartsOn() throws IOException {
        CsvReader csv = reader("id,name\n1,ok\n2,\"never\nclosed\n");
        csv.readHeader();
        csv.next();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, csv::next);

        assertThat(e.problems()).extracting(InputProblem::file, InputProblem::line, InputProblem::field)
                .containsExactly(tuple("test.csv", 3, "name"));
    }

    @Test
    void rejectsTextAfterAClosingQuote() {
        CsvReader csv = reader("\"ab\"c,d\n");

        assertThatThrownBy(csv::next).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unexpected 'c' after a closing quote");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,            0
            42,           42
            -7,           -7
            +7,           7
            ' 12 ',       12
            2147483647,   2147483647
            -2147483648,  -2147483648
            """)
    void parsesIntegers(String text, int expected) throws IOException {
        assertThat(single(text).getInt(0)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "1.0", "1e3", "12a", "2147483648", "99999999999"})
    void refusesWhatIsNotAnInt(String text) throws IOException {
        CsvReader csv = single(text);

        assertThatThrownBy(() -> csv.getInt(0)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "12.5", "0.1", "-74.006", ".5", "5.", "1e3", "1.5E-7", "123456789012345678901",
            "0.30000000000000004", "4.9e-324", "1.7976931348623157e308", "9007199254740993", "0.000000000000000000001"})
    void parsesDecimalsExactlyLikeParseDouble(String text) throws IOException {
        assertThat(single(text).getDouble(0)).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-", "NaN", "Infinity", "1d", "0x1p3", "1e", "1e+", "1.2.3", "12,5"})
    void refusesWhatIsNotAPlainDecimal(String text) throws IOException {
        CsvReader csv = single(text);

        assertThatThrownBy(() -> csv.getDouble(0)).isInstanceOf(NumberFormatException.class);
    }

    /** A reader positioned on a record holding just {@code field}, quoted so even an empty field is a record. */
    private static CsvReader single(String field) throws IOException {
        CsvReader csv = reader('"' + field + "\"\n");
        if (!csv.next()) {
            throw new AssertionError("no record in " + field);
        }
        return csv;
    }

    private static List<List<String>> records(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader csv = reader(text)) {
            while (csv.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < csv.size(); i++) {
                    fields.add(csv.get(i));
                }
                records.add(fields);
            }
        }
        return records;
    }

    private static CsvReader reader(String text) {
        return CsvReader.over(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv");
    }
}
