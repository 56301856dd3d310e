package io.omniroute.engine.scenario;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from the bytes of a CSV field, ignoring spaces and tabs around them: integers, and plain
 * decimals ({@code -12.5}, {@code 3}, {@code 1.5e3}) without NaN, Infinity, hex or type suffixes, so what a
 * spreadsheet shows is what is read.
 *
 * <p>Most CSV decimals have few digits and no exponent. For those the digits fit a long below 2^53 and the power of
 * ten is at most 10^22, both exact doubles, so one IEEE division gives the correctly rounded result: the same value
 * {@link Double#parseDouble} returns, without building a string. Anything longer falls back to parseDouble.
 */
final class AsciiNumbers {

    /** What {@link #parseInt} returns for text that is not an int. */
    static final long INVALID = Long.MIN_VALUE;

    private static final long EXACT_LIMIT = 1L << 53;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private AsciiNumbers() {
    }

    /** The int value of bytes[from, to), or {@link #INVALID} when they are not a base-10 integer in int range. */
    static long parseInt(byte[] bytes, int from, int to) {
        int start = skipSpaces(bytes, from, to);
        int end = trimSpaces(bytes, start, to);
        boolean negative = start < end && bytes[start] == '-';
        int i = start < end && (bytes[start] == '-' || bytes[start] == '+') ? start + 1 : start;
        if (i == end || end - i > 10) {
            return INVALID;
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return INVALID;
            }
            value = value * 10 + digit;
        }
        value = negative ? -value : value;
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? INVALID : value;
    }

    /** The value of bytes[from, to), or NaN when they are not a plain decimal number. */
    static double parseDecimal(byte[] bytes, int from, int to) {
        int start = skipSpaces(bytes, from, to);
        int end = trimSpaces(bytes, start, to);
        int i = start;
        boolean negative = i < end && bytes[i] == '-';
        if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
            i++;
        }
        long digits = 0;
        int significantDigits = 0;
        int fractionDigits = 0;
        boolean seenDigit = false;
        boolean seenPoint = false;
        boolean exact = true;
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                seenDigit = true;
                if (significantDigits < 18) {
                    digits = digits * 10 + (b - '0');
                    significantDigits += digits == 0 ? 0 : 1;
                    fractionDigits += seenPoint ? 1 : 0;
                } else {
                    exact = false;
                }
            } else if (b == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
        }
        if (!seenDigit) {
            return Double.NaN;
        }
        if (i < end) {
            return withExponent(bytes, start, i, end);
        }
        if (exact && digits <= EXACT_LIMIT && fractionDigits < POWERS_OF_TEN.length) {
            double value = digits / POWERS_OF_TEN[fractionDigits];
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(bytes, start, end - start, StandardCharsets.US_ASCII));
    }

    /** Checks that bytes[exponentStart, end) is e/E, an optional sign and digits, then lets parseDouble do the rest. */
    private static double withExponent(byte[] bytes, int start, int exponentStart, int end) {
        int i = exponentStart;
        if (bytes[i] != 'e' && bytes[i] != 'E') {
            return Double.NaN;
        }
        i++;
        if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
            i++;
        }
        if (i == end) {
            return Double.NaN;
        }
        for (; i < end; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return Double.NaN;
            }
        }
        return Double.parseDouble(new String(bytes, start, end - start, StandardCharsets.US_ASCII));
    }

    private static int skipSpaces(byte[] bytes, int from, int to) {
        while (from < to && (bytes[from] == ' ' || bytes[from] == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimSpaces(byte[] bytes, int from, int to) {
        while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == '\t')) {
            to--;
        }
        return to;
    }
}
