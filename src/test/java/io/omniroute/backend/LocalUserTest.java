package io.omniroute.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalUserTest {

    @TempDir
    Path folder;

    @Test
    void renewingGivesTheSamePlannerANewPasswordAndKeepsTheOtherUsers() throws Exception {
        Path usersFile = folder.resolve("users.tsv");
        User other = new User("sam", Role.STORE_MANAGER, Optional.of("ST-0001"),
                PasswordHasher.create().hash("store manager pw".toCharArray()));
        UserFile.empty().with(other).write(usersFile);

        LocalUser.renew(usersFile, "local");
        User first = UserFile.read(usersFile).find("local").orElseThrow();
        LocalUser.renew(usersFile, "local");
        UserFile after = UserFile.read(usersFile);

        User second = after.find("local").orElseThrow();
        assertThat(second.role()).isEqualTo(Role.PLANNER);
        assertThat(second.passwordHash()).isNotEqualTo(first.passwordHash());
        assertThat(after.users()).extracting(User::name).containsExactly("sam", "local");
        assertThat(after.find("sam")).contains(other);
    }

    @Test
    void thePasswordNeverPrints() throws Exception {
        assertThat(LocalUser.renew(folder.resolve("users.tsv"), "local")).hasToString("***");
    }
}
