package io.omniroute.engine.scenario;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields are quoted only when they hold a comma, a quote or a line break, and rows end in LF.
 * Numbers are formatted by hand into an own buffer, locale-independent and without {@code String.format}, so
 * millions of rows write in seconds.
 *
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.open(file)) {
 *     csv.header("sku", "price");
 *     csv.field("SKU-1").field(3.1, 2).endRow();   // SKU-1,3.10
 * }
 * }</pre>
 */
public final class CsvWriter implements Closeable, Flushable {

    private static final int BUFFER_SIZE = 1 << 16;
    /** Above this a double no longer holds every integer exactly, so scaled values are not exact either. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;
    private static final int MAX_DECIMALS = 17;
    private static final double[] POWERS_OF_TEN = new double[MAX_DECIMALS + 1];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private final Writer out;
    private final char[] buffer = new char[BUFFER_SIZE];
    private final char[] digits = new char[20];
    private int length;
    private boolean rowStarted;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** Creates or replaces a UTF-8 file. */
    public static CsvWriter open(Path file) throws IOException {
        return new CsvWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    }

    /** Writes to {@code out}, which the writer buffers itself and closes on {@link #close()}. */
    public static CsvWriter over(Writer out) {
        return new CsvWriter(out);
    }

    /** Writes a whole row of column names. */
    public CsvWriter header(String... names) throws IOException {
        return header(List.of(names));
    }

    public CsvWriter header(List<String> names) throws IOException {
        for (String name : names) {
            field(name);
        }
        return endRow();
    }

    public CsvWriter field(String value) throws IOException {
        separate();
        if (needsQuotes(value)) {
            appendQuoted(value);
        } else {
            append(value);
        }
        return this;
    }

    /** An empty field, which the scenario format reads as "none" or "no limit". */
    public CsvWriter blank() throws IOException {
        separate();
        return this;
    }

    public CsvWriter field(int value) throws IOException {
        return field((long) value);
    }

    public CsvWriter field(long value) throws IOException {
        separate();
        if (value == Long.MIN_VALUE) {
            append(Long.toString(value));
        } else {
            if (value < 0) {
                append('-');
            }
            appendUnsigned(Math.abs(value), 0);
        }
        return this;
    }

    public CsvWriter field(boolean value) throws IOException {
        separate();
        append(value ? "true" : "false");
        return this;
    }

    /**
     * The shortest plain decimal that reads back as exactly this double: 12.5, 3, 0.0001, never 1.0E-4.
     *
     * @throws IllegalArgumentException for NaN and infinities, which CSV readers disagree on
     */
    public CsvWriter field(double value) throws IOException {
        requireFinite(value);
        separate();
        double magnitude = Math.abs(value);
        for (int decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
            double scaled = magnitude * POWERS_OF_TEN[decimals];
            if (scaled >= EXACT_INTEGER_LIMIT) {
                break;
            }
            long unscaled = Math.round(scaled);
            // m / 10^d is correctly rounded like parsing "m with d decimals", so equality proves the round trip
            if (unscaled / POWERS_OF_TEN[decimals] == magnitude) {
                appendSign(Double.doubleToRawLongBits(value) < 0);
                appendUnsigned(unscaled, decimals);
                return this;
            }
        }
        append(plainShortest(value));
        return this;
    }

    /**
     * The value rounded half-up (away from zero) to exactly {@code decimals} places: 3.1 with 2 gives 3.10,
     * 2.675 with 2 gives 2.68 (the decimal the double was written as, not its binary expansion, is rounded).
     *
     * @throws IllegalArgumentException for NaN, infinities, or decimals outside 0..17
     */
    public CsvWriter field(double value, int decimals) throws IOException {
        requireFinite(value);
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals is " + decimals + ": must be between 0 and " + MAX_DECIMALS);
        }
        separate();
        double scaled = Math.abs(value) * POWERS_OF_TEN[decimals];
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        // Near a half the binary value and the decimal the user meant may round differently: let BigDecimal decide.
        if (scaled < EXACT_INTEGER_LIMIT / 2 && Math.abs(fraction - 0.5) > 4 * Math.ulp(scaled)) {
            long unscaled = (long) floor + (fraction > 0.5 ? 1 : 0);
            appendSign(value < 0 && unscaled != 0);
            appendUnsigned(unscaled, decimals);
        } else {
            append(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
        }
        return this;
    }

    /** Ends the current row. */
    public CsvWriter endRow() throws IOException {
        append('\n');
        rowStarted = false;
        return this;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " to CSV: only finite numbers are allowed");
        }
    }

    private static String plainShortest(double value) {
        String text = Double.toString(value);
        if (text.indexOf('E') >= 0) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void appendQuoted(String value) throws IOException {
        append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                append('"');
            }
            append(c);
        }
        append('"');
    }

    private void separate() throws IOException {
        if (rowStarted) {
            append(',');
        }
        rowStarted = true;
    }

    private void appendSign(boolean negative) throws IOException {
        if (negative) {
            append('-');
        }
    }

    /** Writes {@code unscaled / 10^decimals} for a non-negative unscaled value, e.g. (5, 3) as 0.005. */
    private void appendUnsigned(long unscaled, int decimals) throws IOException {
        int count = 0;
        long rest = unscaled;
        do {
            digits[count++] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        while (count <= decimals) {
            digits[count++] = '0';
        }
        if (length + count + 1 > buffer.length) {
            drain();
        }
        for (int i = count - 1; i >= 0; i--) {
            buffer[length++] = digits[i];
            if (i == decimals && decimals > 0) {
                buffer[length++] = '.';
            }
        }
    }

    private void append(char c) throws IOException {
        if (length == buffer.length) {
            drain();
        }
        buffer[length++] = c;
    }

    private void append(String text) throws IOException {
        int size = text.length();
        if (length + size > buffer.length) {
            drain();
            if (size > buffer.length) {
                out.write(text);
                return;
            }
        }
        text.getChars(0, size, buffer, length);
        length += size;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }
}
