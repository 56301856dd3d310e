package io.omniroute.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFileTest {

    /** A well-formed hash; these tests never verify a password against it. */
    private static final String HASH =
            "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @TempDir
    Path tmp;

    @Test
    void usersSurviveAWriteAndARead() throws IOException {
        Path file = tmp.resolve("users.tsv");
        User ana = new User("ana", Role.PLANNER, Optional.empty(), HASH);
        User bo = new User("bo.smith@example.com", Role.STORE_MANAGER, Optional.of("ST-0042"), HASH);

        UserFile.empty().with(ana).with(bo).write(file);

        assertThat(UserFile.read(file).users()).containsExactly(ana, bo);
    }

    @Test
    void withReplacesTheUserOfTheSameName() {
        User planner = new User("ana", Role.PLANNER, Optional.empty(), HASH);
        User admin = new User("ana", Role.ADMIN, Optional.empty(), HASH);

        UserFile users = UserFile.empty().with(planner).with(admin);

        assertThat(users.users()).containsExactly(admin);
        assertThat(users.find("ana")).contains(admin);
    }

    @Test
    void missingFileHasNoUsers() throws IOException {
        assertThat(UserFile.read(tmp.resolve("absent.tsv")).users()).isEmpty();
    }

    @Test
    void commentAndBlankLinesAreSkipped() throws IOException {
        Path file = tmp.resolve("users.tsv");
        Files.writeString(file, "# the planners\n\nana\tPLANNER\t-\t" + HASH + "\n", StandardCharsets.UTF_8);

        assertThat(UserFile.read(file).find("ana")).map(User::role).contains(Role.PLANNER);
    }

    @Test
    void malformedLinesNameFileLineAndField() throws IOException {
        Path file = tmp.resolve("users.tsv");
        Files.writeString(file, "# users\n"
                + "ana\tPLANNER\t-\t" + HASH + "\n"
                + "bo\tBOSS\t-\t" + HASH + "\n"
                + "cy\tPLANNER\t-\tsecret\n"
                + "ana\tADMIN\t-\t" + HASH + "\n"
                + "just one field\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> UserFile.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::file, InputProblem::line, InputProblem::field)
                        .containsExactly(
                                tuple("users.tsv", 3, "role"),
                                tuple("users.tsv", 4, "hash"),
                                tuple("users.tsv", 5, "name"),
                                tuple("users.tsv", 6, "")));
    }

    @Test
    void storeManagerWithoutNodeIsRefusedInTheFile() throws IOException {
        Path file = tmp.resolve("users.tsv");
        Files.writeString(file, "dee\tSTORE_MANAGER\t-\t" + HASH + "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> UserFile.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("users.tsv line 1 field node_id: a STORE_MANAGER needs the node id of the store they"
                        + " manage");
    }

    @Test
    void storeManagerWithoutNodeIsRefused() {
        assertThatThrownBy(() -> new User("dee", Role.STORE_MANAGER, Optional.empty(), HASH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STORE_MANAGER needs the node id");
    }

    @Test
    void plannerWithNodeIsRefused() {
        assertThatThrownBy(() -> new User("ana", Role.PLANNER, Optional.of("ST-0042"), HASH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not have a node id (got \"ST-0042\")");
    }

    @Test
    void nameWithABlankIsRefused() {
        assertThatThrownBy(() -> new User("ana maria", Role.PLANNER, Optional.empty(), HASH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"ana maria\"");
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("users.tsv");
        UserFile.empty().with(new User("ana", Role.PLANNER, Optional.empty(), HASH)).write(file);

        UserFile.read(file).with(new User("bo", Role.ADMIN, Optional.empty(), HASH)).write(file);

        assertThat(UserFile.read(file).users()).extracting(User::name).containsExactly("ana", "bo");
        try (var entries = Files.list(tmp)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void writtenFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path file = tmp.resolve("users.tsv");

        UserFile.empty().with(new User("ana", Role.PLANNER, Optional.empty(), HASH)).write(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
