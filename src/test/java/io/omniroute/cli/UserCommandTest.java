package io.omniroute.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code user add} and {@code user list} in-process; without a console the password comes from standard input. */
class UserCommandTest {

    private final InputStream originalIn = System.in;

    @TempDir
    Path tmp;

    @AfterEach
    void restoreStandardInput() {
        System.setIn(originalIn);
    }

    @Test
    void addWritesAUsableHash() throws IOException {
        Path file = tmp.resolve("users.tsv");

        CommandRun run = add("long enough\n", file, "--name", "ana", "--role", "PLANNER");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("user ana (PLANNER) saved to " + file + System.lineSeparator());
        User ana = UserFile.read(file).find("ana").orElseThrow();
        assertThat(PasswordHasher.create().verify("long enough".toCharArray(), ana.passwordHash())).isTrue();
    }

    @Test
    void addWritesAFileReadableByItsOwnerOnly() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path file = tmp.resolve("users.tsv");

        add("long enough\n", file, "--name", "ana", "--role", "PLANNER");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void addBindsAStoreManagerToTheirNode() throws IOException {
        Path file = tmp.resolve("users.tsv");

        add("long enough\n", file, "--name", "dee", "--role", "STORE_MANAGER", "--node", "ST-0042");

        User dee = UserFile.read(file).find("dee").orElseThrow();
        assertThat(dee.role()).isEqualTo(Role.STORE_MANAGER);
        assertThat(dee.nodeId()).contains("ST-0042");
    }

    @Test
    void addReplacesTheUserOfTheSameName() throws IOException {
        Path file = tmp.resolve("users.tsv");
        add("long enough\n", file, "--name", "ana", "--role", "PLANNER");

        add("other password\r\n", file, "--name", "ana", "--role", "ADMIN");

        assertThat(UserFile.read(file).users()).singleElement().satisfies(ana -> {
            assertThat(ana.role()).isEqualTo(Role.ADMIN);
            assertThat(PasswordHasher.create().verify("other password".toCharArray(), ana.passwordHash())).isTrue();
        });
    }

    @Test
    void addWithAShortPasswordExitsTwoAndWritesNothing() {
        Path file = tmp.resolve("users.tsv");

        CommandRun run = add("short\n", file, "--name", "ana", "--role", "PLANNER");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: the password has 5 characters: use at least 8");
        assertThat(file).doesNotExist();
    }

    @Test
    void addWithAnEmptyPasswordExitsTwo() {
        CommandRun run = add("\n", tmp.resolve("users.tsv"), "--name", "ana", "--role", "PLANNER");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the password is empty");
    }

    @Test
    void addStoreManagerWithoutNodeExitsTwo() {
        CommandRun run = add("long enough\n", tmp.resolve("users.tsv"), "--name", "dee", "--role", "STORE_MANAGER");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a STORE_MANAGER needs the node id");
    }

    @Test
    void addWithAnUnknownRoleExitsTwo() {
        CommandRun run = add("long enough\n", tmp.resolve("users.tsv"), "--name", "ana", "--role", "BOSS");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("BOSS");
    }

    @Test
    void addToAMalformedFileExitsTwoNamingTheLine() throws IOException {
        Path file = tmp.resolve("users.tsv");
        Files.writeString(file, "ana\tPLANNER\n", StandardCharsets.UTF_8);

        CommandRun run = add("long enough\n", file, "--name", "bo", "--role", "PLANNER");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("users.tsv line 1: has 2 tab-separated fields, not 4");
    }

    @Test
    void listShowsNameRoleAndNodeButNeverHashes() throws IOException {
        Path file = tmp.resolve("users.tsv");
        add("long enough\n", file, "--name", "ana", "--role", "PLANNER");
        add("long enough\n", file, "--name", "dee", "--role", "STORE_MANAGER", "--node", "ST-0042");

        CommandRun run = CommandRun.of("user", "list", "--users", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "NAME  ROLE           NODE",
                "ana   PLANNER        -",
                "dee   STORE_MANAGER  ST-0042");
        assertThat(run.out()).doesNotContain("pbkdf2", "$");
    }

    @Test
    void listOfAMissingFileExitsTwo() {
        CommandRun run = CommandRun.of("user", "list", "--users", tmp.resolve("absent.tsv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }

    private static CommandRun add(String standardInput, Path file, String... options) {
        System.setIn(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
        String[] args = new String[options.length + 4];
        args[0] = "user";
        args[1] = "add";
        args[2] = "--users";
        args[3] = file.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return CommandRun.of(args);
    }
}
