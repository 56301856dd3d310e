package io.omniroute.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small bundled CSV files; enough of RFC 4180 for them (quoted fields, no embedded line breaks). */
final class Csv {

    private Csv() {
    }

    /** Every data row of a classpath resource: header, blank lines and # comments skipped. */
    static List<String[]> readResource(String resource) {
        List<String> lines = readLines(resource);
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            rows.add(split(line));
        }
        return rows;
    }

    /** Every line of a classpath resource except blank lines and # comments. */
    static List<String> readLines(String resource) {
        InputStream in = Csv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    "bundled data " + resource + " is missing from the classpath: the build is broken");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data " + resource, e);
        }
        return lines;
    }

    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
