package io.omniroute.cli;

import io.omniroute.engine.scenario.InvalidInputException;
import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code omniroute user}: manages the users file the reference server logs people in against. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manages the users file of the reference server (docs/sync-api.md, Authentication).",
        subcommands = {UserCommand.AddCommand.class, UserCommand.ListCommand.class})
public final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code omniroute user add}: adds a user, or replaces the one of the same name, with a new password. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a user to the users file, or replaces the user of the same name.",
                "Asks for the password twice on a terminal; otherwise reads one line from standard input."})
    public static final class AddCommand implements Callable<Integer> {

        static final int MIN_PASSWORD_LENGTH = 8;

        @Spec
        CommandSpec spec;

        @Option(names = "--users", required = true, paramLabel = "FILE",
                description = "Users file to change (created when missing, readable by its owner only).")
        Path usersFile;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "User name: 1 to 64 of A-Z a-z 0-9 . _ @ -")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "One of ${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--node", paramLabel = "NODE_ID",
                description = "The store a STORE_MANAGER manages; required for them, refused for other roles.")
        String nodeId;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<String> node = Optional.ofNullable(nodeId);
            Optional<String> problem = User.nameProblem(name).or(() -> User.nodeProblem(role, node));
            if (problem.isPresent()) {
                return refuse(err, problem.get());
            }
            UserFile users;
            try {
                users = UserFile.read(usersFile);
            } catch (InvalidInputException e) {
                return BadInput.report(e, err);
            }
            char[] password = new char[0];
            try {
                password = readPassword();
                problem = passwordProblem(password);
                if (problem.isPresent()) {
                    return refuse(err, problem.get());
                }
                users.with(new User(name, role, node, PasswordHasher.create().hash(password))).write(usersFile);
            } catch (PasswordRefused e) {
                return refuse(err, e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
            out.println("user " + name + " (" + role + ") saved to " + usersFile);
            out.flush();
            return 0;
        }

        private char[] readPassword() throws IOException, PasswordRefused {
            Console console = System.console();
            return console == null ? firstLineOfStandardInput() : twiceFrom(console);
        }

        private char[] twiceFrom(Console console) throws PasswordRefused {
            char[] first = console.readPassword("password for %s: ", name);
            if (first == null) {
                throw new PasswordRefused("no password given");
            }
            char[] second = console.readPassword("the same password again: ");
            try {
                if (!Arrays.equals(first, second)) {
                    Arrays.fill(first, '\0');
                    throw new PasswordRefused("the two passwords differ: nothing was written");
                }
                return first;
            } finally {
                if (second != null) {
                    Arrays.fill(second, '\0');
                }
            }
        }

        /** Reads into a char array, never a String, so the password can be wiped afterwards. */
        private static char[] firstLineOfStandardInput() throws IOException, PasswordRefused {
            return PasswordInput.line(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    .orElseThrow(() -> new PasswordRefused("no password given: standard input is empty"));
        }

        private static Optional<String> passwordProblem(char[] password) {
            if (password.length == 0) {
                return Optional.of("the password is empty: nothing was written");
            }
            if (password.length < MIN_PASSWORD_LENGTH) {
                return Optional.of("the password has " + password.length + " characters: use at least "
                        + MIN_PASSWORD_LENGTH + "; nothing was written");
            }
            return Optional.empty();
        }

        private static int refuse(PrintWriter err, String problem) {
            err.println("error: " + problem);
            err.flush();
            return OmnirouteCommand.EXIT_BAD_INPUT;
        }
    }

    /** {@code omniroute user list}: who may log in, as what; never the password hashes. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the users of a users file with their role and node, never their password hashes.")
    public static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--users", required = true, paramLabel = "FILE", description = "Users file to read.")
        Path usersFile;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (Files.notExists(usersFile)) {
                err.println("error: users file " + usersFile + " does not exist; create it with `omniroute user add`");
                err.flush();
                return OmnirouteCommand.EXIT_BAD_INPUT;
            }
            List<User> users;
            try {
                users = UserFile.read(usersFile).users();
            } catch (InvalidInputException e) {
                return BadInput.report(e, err);
            }
            int nameWidth = Math.max("NAME".length(), users.stream().mapToInt(u -> u.name().length()).max().orElse(0));
            String row = "%-" + nameWidth + "s  %-13s  %s%n";
            out.printf(Locale.ROOT, row, "NAME", "ROLE", "NODE");
            for (User user : users) {
                out.printf(Locale.ROOT, row, user.name(), user.role(), user.nodeId().orElse("-"));
            }
            out.flush();
            return 0;
        }
    }

    /** A password that cannot be used; the message says why. */
    private static final class PasswordRefused extends Exception {
        PasswordRefused(String message) {
            super(message);
        }
    }
}
