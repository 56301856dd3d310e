package io.omniroute.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The password for logging in to a backend: from {@value #VARIABLE}, else typed on the terminal (not echoed), else the
 * first line of standard input. Always characters, never a String, so the caller can wipe them.
 */
final class PasswordInput {

    static final String VARIABLE = "OMNIROUTE_PASSWORD";

    private PasswordInput() {
    }

    /** Empty when none was given (an empty variable, an empty line or end of input). */
    static Optional<char[]> read(String user, Function<String, String> environment, InputStream input)
            throws IOException {
        String fromEnvironment = environment.apply(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        Console console = input == System.in ? System.console() : null;
        if (console != null) {
            return Optional.ofNullable(console.readPassword("password for %s: ", user))
                    .filter(password -> password.length > 0);
        }
        return firstLine(new InputStreamReader(input, StandardCharsets.UTF_8));
    }

    private static Optional<char[]> firstLine(Reader in) throws IOException {
        return line(in).filter(password -> password.length > 0);
    }

    /**
     * The next line, without its line break, into a char array (never a String, so it can be wiped); empty at the
     * end of input, an empty array for an empty line.
     */
    static Optional<char[]> line(Reader in) throws IOException {
        int next = in.read();
        if (next < 0) {
            return Optional.empty();
        }
        char[] line = new char[64];
        int length = 0;
        while (next >= 0 && next != '\n') {
            if (length == line.length) {
                char[] longer = Arrays.copyOf(line, line.length * 2);
                Arrays.fill(line, '\0');
                line = longer;
            }
            line[length++] = (char) next;
            next = in.read();
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] password = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        return Optional.of(password);
    }
}
