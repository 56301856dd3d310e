package io.omniroute.console.model;

import io.omniroute.engine.scenario.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The bundled US ZIP centroids (data/us-zip-centroids.csv, GeoNames): where a node or a customer ZIP is. */
public final class ZipDirectory {

    static final String RESOURCE = "/data/us-zip-centroids.csv";
    private static volatile ZipDirectory bundled;

    private final Map<String, Place> places;

    private ZipDirectory(Map<String, Place> places) {
        this.places = Map.copyOf(places);
    }

    /** The bundled directory, read once per JVM (~40,000 ZIPs). */
    public static ZipDirectory bundled() {
        ZipDirectory directory = bundled;
        if (directory == null) {
            synchronized (ZipDirectory.class) {
                directory = bundled;
                if (directory == null) {
                    directory = read();
                    bundled = directory;
                }
            }
        }
        return directory;
    }

    /**
     * The place of a 5-digit ZIP; a ZIP+4 (with or without its dash) or a ZIP that lost its leading zeros is
     * normalized first.
     */
    public Optional<Place> place(String zip) {
        String digits = zip == null ? "" : zip.strip();
        int dash = digits.indexOf('-');
        if (dash > 0) {
            digits = digits.substring(0, dash);
        } else if (digits.length() == 9 && digits.chars().allMatch(Character::isDigit)) {
            digits = digits.substring(0, 5);
        }
        if (!digits.isEmpty() && digits.length() < 5 && digits.chars().allMatch(Character::isDigit)) {
            digits = "0".repeat(5 - digits.length()) + digits;
        }
        return Optional.ofNullable(places.get(digits));
    }

    private static ZipDirectory read() {
        Map<String, Place> places = new HashMap<>(64_000);
        try (InputStream in = ZipDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled resource " + RESOURCE + " is missing from the jar");
            }
            try (CsvReader csv = CsvReader.over(in, RESOURCE)) {
                csv.readHeader();
                while (csv.next()) {
                    places.put(csv.get(0), new Place(csv.get(0), Double.parseDouble(csv.get(1)),
                            Double.parseDouble(csv.get(2)), csv.get(3), csv.get(4)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new ZipDirectory(places);
    }
}
