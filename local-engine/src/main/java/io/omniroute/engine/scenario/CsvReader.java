package io.omniroute.engine.scenario;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming RFC 4180 reader for UTF-8 CSV: fields may be quoted with {@code "}, {@code ""} inside quotes is one
 * quote, and quoted fields may hold commas and line breaks.
 *
 * <p>It scans bytes rather than chars: every byte CSV cares about is ASCII and never occurs inside a multi-byte UTF-8
 * sequence, so decoding is left to the fields actually turned into strings, and numbers are parsed straight from
 * bytes. The current record's fields live in one reused buffer; {@link #line()} is the physical line the record
 * starts on, so a quoted line break does not shift the numbers reported for later records. Lines may end in LF, CRLF
 * or CR. Completely empty lines are skipped. A leading UTF-8 byte order mark is ignored.
 */
public final class CsvReader implements Closeable {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final InputStream in;
    private final String fileName;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean startOfInput = true;

    private byte[] record = new byte[1024];
    private int recordLength;
    private int[] fieldStarts = new int[32];
    private int[] fieldEnds = new int[32];
    private int fieldCount;

    private int nextLine = 1;
    private int recordLine;
    private List<String> header = List.of();

    private CsvReader(InputStream in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    /** Opens a file; problems are reported under the file's name. */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(Files.newInputStream(file), file.getFileName().toString());
    }

    /** Reads a stream; problems are reported under {@code fileName}. The reader closes the stream. */
    public static CsvReader over(InputStream in, String fileName) {
        return new CsvReader(in, fileName);
    }

    /**
     * Reads the first record as the header, trimming each name. Returns an empty list for an empty file. Later
     * problems name the column by its header name.
     */
    public List<String> readHeader() throws IOException {
        if (!next()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(fieldCount);
        for (int i = 0; i < fieldCount; i++) {
            names.add(get(i).strip());
        }
        header = List.copyOf(names);
        return header;
    }

    /**
     * Advances to the next record.
     *
     * @return false at the end of the input
     * @throws InvalidInputException when a quoted field is never closed or is followed by stray characters
     */
    public boolean next() throws IOException {
        fieldCount = 0;
        recordLength = 0;
        if (!skipEmptyLines()) {
            return false;
        }
        recordLine = nextLine;
        while (true) {
            int start = recordLength;
            boolean more = peek() == QUOTE ? readQuotedField() : readPlainField();
            addField(start, recordLength);
            if (!more) {
                return true;
            }
        }
    }

    /** The 1-based physical line the current record starts on (the header is line 1). */
    public int line() {
        return recordLine;
    }

    /** The number of fields in the current record. */
    public int size() {
        return fieldCount;
    }

    public String fileName() {
        return fileName;
    }

    public String get(int field) {
        int start = fieldStarts[field];
        return new String(record, start, fieldEnds[field] - start, StandardCharsets.UTF_8);
    }

    /** True when the field is empty or only spaces and tabs. */
    public boolean isBlank(int field) {
        for (int i = fieldStarts[field]; i < fieldEnds[field]; i++) {
            if (!isSpace(record[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The field as an int, ignoring surrounding spaces.
     *
     * @throws NumberFormatException when it is not a plain base-10 integer in int range
     */
    public int getInt(int field) {
        long value = AsciiNumbers.parseInt(record, fieldStarts[field], fieldEnds[field]);
        if (value == AsciiNumbers.INVALID) {
            throw notA("an integer in int range", field);
        }
        return (int) value;
    }

    /**
     * The field as a double, ignoring surrounding spaces. Only plain decimal notation with an optional exponent is
     * accepted (no NaN, Infinity, hex or type suffixes), so what a spreadsheet shows is what is read.
     *
     * @throws NumberFormatException when it is not such a number
     */
    public double getDouble(int field) {
        double value = AsciiNumbers.parseDecimal(record, fieldStarts[field], fieldEnds[field]);
        if (Double.isNaN(value)) {
            throw notA("a decimal number", field);
        }
        return value;
    }

    /** The number of the field's text in {@code symbols}, or -1, found without building a string. */
    int lookup(int field, Symbols symbols) {
        return symbols.find(record, fieldStarts[field], fieldEnds[field]);
    }

    /** Adds the field's text, which {@code symbols} does not know yet, and returns its number. */
    int add(int field, Symbols symbols) {
        return symbols.add(record, fieldStarts[field], fieldEnds[field], get(field));
    }

    /** True when the field holds exactly {@code text}; an ASCII field is compared without building a string. */
    boolean hasText(int field, String text) {
        int start = fieldStarts[field];
        int end = fieldEnds[field];
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = record[i] >= 0;
        }
        if (!ascii) {
            return get(field).equals(text);
        }
        if (text.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i - start) != record[i]) {
                return false;
            }
        }
        return true;
    }

    /** The field's text as the one instance kept in {@code symbols}, adding it when new. */
    String intern(int field, Symbols symbols) {
        int index = lookup(field, symbols);
        return symbols.get(index >= 0 ? index : add(field, symbols));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private NumberFormatException notA(String what, int field) {
        return new NumberFormatException("\"" + get(field) + "\" is not " + what);
    }

    private boolean skipEmptyLines() throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return false;
            }
            byte b = buffer[position];
            if (b != LF && b != CR) {
                return true;
            }
            position++;
            endLine(b);
        }
    }

    /** Reads up to a comma or line end; returns true when a comma means another field follows. */
    private boolean readPlainField() throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return false;
            }
            int scan = position;
            byte[] bytes = buffer;
            int end = limit;
            byte b = 0;
            while (scan < end) {
                b = bytes[scan];
                if (b == COMMA || b == LF || b == CR) {
                    break;
                }
                scan++;
            }
            append(position, scan);
            position = scan;
            if (scan < end) {
                position++;
                if (b == COMMA) {
                    return true;
                }
                endLine(b);
                return false;
            }
        }
    }

    /** Reads a quoted field and what follows its closing quote; returns true when another field follows. */
    private boolean readQuotedField() throws IOException {
        position++;
        while (true) {
            if (position == limit && !fill()) {
                throw problem("a quoted field is never closed: add the closing \" (quotes inside a quoted field are"
                        + " written as \"\")");
            }
            byte b = buffer[position++];
            if (b == QUOTE) {
                int after = peek();
                if (after == QUOTE) {
                    position++;
                    appendByte(QUOTE);
                    continue;
                }
                return afterClosingQuote(after);
            }
            appendByte(b);
            if (b == LF || b == CR) {
                countQuotedLineBreak(b);
            }
        }
    }

    private boolean afterClosingQuote(int after) throws IOException {
        if (after == COMMA) {
            position++;
            return true;
        }
        if (after == LF || after == CR) {
            position++;
            endLine((byte) after);
            return false;
        }
        if (after == -1) {
            return false;
        }
        throw problem("unexpected " + describe(after) + " after a closing quote: quote the whole field and write"
                + " quotes inside it as \"\"");
    }

    /** Counts a line break inside quotes; CRLF counts once, and the LF is copied into the field as well. */
    private void countQuotedLineBreak(byte b) throws IOException {
        if (b == CR && peek() == LF) {
            position++;
            appendByte(LF);
        }
        nextLine++;
    }

    private void endLine(byte terminator) throws IOException {
        if (terminator == CR && peek() == LF) {
            position++;
        }
        nextLine++;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        while (read == 0) {
            read = in.read(buffer, 0, buffer.length);
        }
        if (read < 0) {
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        if (startOfInput) {
            startOfInput = false;
            skipByteOrderMark();
        }
        return true;
    }

    private void skipByteOrderMark() {
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;
        }
    }

    private void append(int from, int to) {
        int length = to - from;
        ensureRecordCapacity(length);
        System.arraycopy(buffer, from, record, recordLength, length);
        recordLength += length;
    }

    private void appendByte(byte b) {
        ensureRecordCapacity(1);
        record[recordLength++] = b;
    }

    private void ensureRecordCapacity(int extra) {
        if (recordLength + extra > record.length) {
            record = Arrays.copyOf(record, Math.max(record.length * 2, recordLength + extra));
        }
    }

    private void addField(int start, int end) {
        if (fieldCount == fieldStarts.length) {
            fieldStarts = Arrays.copyOf(fieldStarts, fieldCount * 2);
            fieldEnds = Arrays.copyOf(fieldEnds, fieldCount * 2);
        }
        fieldStarts[fieldCount] = start;
        fieldEnds[fieldCount] = end;
        fieldCount++;
    }

    private InvalidInputException problem(String message) {
        String field = fieldCount < header.size() ? header.get(fieldCount) : "";
        return InvalidInputException.of(fileName, recordLine, field, message);
    }

    private static String describe(int b) {
        return b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : "byte 0x" + Integer.toHexString(b & 0xFF);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t';
    }
}
