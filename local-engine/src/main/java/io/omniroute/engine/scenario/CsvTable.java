package io.omniroute.engine.scenario;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One scenario CSV file read row by row with columns found by header name. Each typed accessor reports a bad value
 * as a problem naming file, line and column, and marks the row rejected, so a loader can read every field of a row,
 * collect all its problems and then keep the row only if {@link #rowOk()}.
 */
final class CsvTable implements Closeable {

    private final CsvReader csv;
    private final String file;
    private final List<String> header;
    private final Problems problems;
    private boolean rowOk;
    private boolean readToEnd;

    private CsvTable(CsvReader csv, String file, List<String> header, Problems problems) {
        this.csv = csv;
        this.file = file;
        this.header = header;
        this.problems = problems;
    }

    /**
     * Opens a file of the folder and checks its header; returns empty (after recording why) when the file is missing
     * or lacks a required column, since its rows cannot be read then.
     */
    static Optional<CsvTable> open(Path dir, String file, List<String> required, Problems problems)
            throws IOException {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, "", "file is missing: a scenario folder needs " + path);
            return Optional.empty();
        }
        CsvReader csv = CsvReader.open(path);
        Optional<CsvTable> table = Optional.empty();
        try {
            List<String> header = csv.readHeader();
            if (header.isEmpty()) {
                problems.add(file, 0, "", "file is empty: expected a header row with " + String.join(",", required));
            } else if (checkHeader(file, header, required, problems)) {
                table = Optional.of(new CsvTable(csv, file, header, problems));
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } finally {
            if (table.isEmpty()) {
                csv.close();
            }
        }
        return table;
    }

    private static boolean checkHeader(String file, List<String> header, List<String> required, Problems problems) {
        boolean usable = true;
        for (String column : required) {
            int first = header.indexOf(column);
            int last = header.lastIndexOf(column);
            if (first < 0) {
                problems.add(file, 1, column, "column is missing: the header needs " + String.join(",", required)
                        + " in any order (found " + String.join(",", header) + ")");
                usable = false;
            } else if (first != last) {
                problems.add(file, 1, column, "column appears twice in the header (columns " + (first + 1) + " and "
                        + (last + 1) + "): keep one");
                usable = false;
            }
        }
        return usable;
    }

    /** The column's index, or -1 when the header does not have it (only possible for optional columns). */
    int column(String name) {
        return header.indexOf(name);
    }

    /**
     * Moves to the next row that has as many fields as the header, reporting the others. Stops (returns false) at the
     * end of the file, at a broken quote, or when the problem limit is reached.
     */
    boolean next() throws IOException {
        while (!problems.isFull()) {
            try {
                if (!csv.next()) {
                    readToEnd = true;
                    return false;
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                return false;
            }
            if (csv.size() == header.size()) {
                rowOk = true;
                return true;
            }
            problems.add(file, csv.line(), "", "row has " + csv.size() + " fields but the header has "
                    + header.size() + (csv.size() > header.size() ? ": quote fields that contain commas"
                    : ": give every column a value, or leave it empty between commas"));
        }
        return false;
    }

    int line() {
        return csv.line();
    }

    /** True once every row was read, rather than reading stopping at a broken quote or the problem limit. */
    boolean readToEnd() {
        return readToEnd;
    }

    /** False once any field of the current row was reported. */
    boolean rowOk() {
        return rowOk;
    }

    /** Reports a problem with a field of the current row and rejects the row. */
    void reject(int column, String message) {
        reject(header.get(column), message);
    }

    /** Reports a problem with the current row under a field name of the caller's choosing, and rejects the row. */
    void reject(String field, String message) {
        problems.add(file, csv.line(), field, message);
        rowOk = false;
    }

    String text(int column) {
        return csv.get(column);
    }

    /** A value that identifies something and so cannot be blank. */
    String key(int column) {
        String text = csv.get(column);
        if (text.isBlank()) {
            reject(column, "blank: a " + header.get(column) + " is required");
        }
        return text;
    }

    /** Defines the row's id in {@code keys}; returns its number, or -1 when blank or already defined (reported). */
    int define(int column, Keys keys) {
        if (isBlankKey(column)) {
            return -1;
        }
        int index = csv.lookup(column, keys.symbols());
        if (index >= 0) {
            reject(column, "duplicate " + keys.column() + " \"" + keys.id(index) + "\": already on line "
                    + keys.line(index));
            return -1;
        }
        return add(column, keys);
    }

    /**
     * The number of the row's id in {@code keys}, adding it when new; -1 when blank (reported). {@code likely} is
     * tried first, as in {@link #find(int, Keys, int)}.
     */
    int intern(int column, Keys keys, int likely) {
        if (isBlankKey(column)) {
            return -1;
        }
        int index = find(column, keys, likely);
        return index >= 0 ? index : add(column, keys);
    }

    /**
     * The number a reference is known by in {@code keys}, or -1 when it is blank or unknown (reported) or when the
     * defining file could not be read (not reported: that file's own problem explains it).
     */
    int reference(int column, Keys keys) {
        if (isBlankKey(column)) {
            return -1;
        }
        int index = csv.lookup(column, keys.symbols());
        if (index < 0 && keys.readable()) {
            reject(column, "unknown " + header.get(column) + " " + quoted(column) + ": no such " + keys.column()
                    + " in " + keys.file());
        }
        return index;
    }

    private int add(int column, Keys keys) {
        int index = csv.add(column, keys.symbols());
        keys.firstSeen(index, csv.line());
        return index;
    }

    /** The field's text, sharing one instance per distinct value through {@code symbols}. */
    String shared(int column, Symbols symbols) {
        return csv.intern(column, symbols);
    }

    /**
     * The number of the field's text in {@code keys}, or -1; nothing is reported. {@code likely} is tried first:
     * files listing ids in the same order then need no hash lookups.
     */
    int find(int column, Keys keys, int likely) {
        if (likely >= 0 && likely < keys.size() && csv.hasText(column, keys.id(likely))) {
            return likely;
        }
        return csv.lookup(column, keys.symbols());
    }

    boolean isBlank(int column) {
        return csv.isBlank(column);
    }

    /** Reports a blank identifier; returns true when it was blank. */
    boolean isBlankKey(int column) {
        if (csv.isBlank(column)) {
            reject(column, "blank: a " + header.get(column) + " is required");
            return true;
        }
        return false;
    }

    /** An integer in {@code min..max}; outside it, a problem naming the range. */
    int intBetween(int column, int min, int max) {
        int value = intAtLeast(column, min);
        if (value > max) {
            reject(column, value + " is too large: must be <= " + max);
        }
        return value;
    }

    int intAtLeast(int column, int min) {
        if (csv.isBlank(column)) {
            reject(column, "blank: expected an integer >= " + min);
            return min;
        }
        try {
            int value = csv.getInt(column);
            if (value < min) {
                reject(column, value + (min == 0 ? " is negative" : " is too small") + ": must be >= " + min);
            }
            return value;
        } catch (NumberFormatException e) {
            reject(column, quoted(column) + " is not a whole number: expected an integer >= " + min);
            return min;
        }
    }

    /** An int of at least {@code min}, or empty when blank. */
    OptionalInt optionalIntAtLeast(int column, int min) {
        return csv.isBlank(column) ? OptionalInt.empty() : OptionalInt.of(intAtLeast(column, min));
    }

    double nonNegative(int column) {
        double value = number(column);
        if (Double.isNaN(value)) {
            rejectNumber(column, "a number >= 0");
        } else if (value < 0) {
            reject(column, raw(column) + " is negative: must be >= 0");
        }
        return value;
    }

    double between(int column, double min, double max) {
        double value = number(column);
        String range = Double.isNaN(value) || value < min || value > max
                ? "between " + plain(min) + " and " + plain(max) : "";
        if (Double.isNaN(value)) {
            rejectNumber(column, "a number " + range);
        } else if (!range.isEmpty()) {
            reject(column, raw(column) + " is out of range: must be " + range);
        }
        return value;
    }

    /** A limit that must be positive, or empty when blank (no limit). */
    OptionalDouble optionalPositive(int column) {
        if (csv.isBlank(column)) {
            return OptionalDouble.empty();
        }
        double value = number(column);
        if (Double.isNaN(value)) {
            rejectNumber(column, "a number > 0, or blank for no limit");
        } else if (value <= 0) {
            reject(column, raw(column) + " is not positive: must be > 0, or blank for no limit");
        }
        return OptionalDouble.of(value);
    }

    boolean bool(int column) {
        String text = csv.get(column).strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (!text.equalsIgnoreCase("false")) {
            reject(column, describe(column) + " is not a boolean: expected true or false");
        }
        return false;
    }

    /** An enum constant by its exact name (spaces around it ignored), or empty (reported) when there is none. */
    <E extends Enum<E>> Optional<E> choice(int column, E[] constants) {
        for (E constant : constants) {
            if (csv.hasText(column, constant.name())) {
                return Optional.of(constant);
            }
        }
        String text = csv.get(column).strip();
        for (E constant : constants) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        reject(column, describe(column) + " is not a valid " + header.get(column) + ": expected one of " + allowed);
        return Optional.empty();
    }

    Instant instant(int column) {
        Optional<Instant> parsed = Timestamps.parse(csv.get(column).strip());
        if (parsed.isEmpty()) {
            reject(column, describe(column) + " is not an ISO-8601 UTC timestamp: expected for example "
                    + "2026-03-02T08:15:00Z");
            return Instant.EPOCH;
        }
        return parsed.get();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** The field as a double, or NaN when it is blank or not a number. */
    private double number(int column) {
        if (csv.isBlank(column)) {
            return Double.NaN;
        }
        try {
            return csv.getDouble(column);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void rejectNumber(int column, String expected) {
        reject(column, (csv.isBlank(column) ? "blank" : quoted(column) + " is not a number") + ": expected "
                + expected);
    }

    private String raw(int column) {
        return csv.get(column).strip();
    }

    private String quoted(int column) {
        return "\"" + csv.get(column) + "\"";
    }

    private String describe(int column) {
        return csv.isBlank(column) ? "blank" : quoted(column);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
