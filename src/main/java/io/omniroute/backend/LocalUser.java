package io.omniroute.backend;

import io.omniroute.server.auth.PasswordHasher;
import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.User;
import io.omniroute.server.auth.UserFile;
import io.omniroute.sync.Password;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * The embedded server's planner. The users file keeps only a hash, so a password cannot be read back from it: each
 * start gives the same user a new random password, held in memory by this process alone and never written, printed
 * or logged.
 */
final class LocalUser {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    /** 32 characters of 64: 192 bits. */
    private static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalUser() {
    }

    /**
     * Adds the planner to the users file, or gives them a new password there, keeping every other user; returns the
     * password.
     */
    static Password renew(Path usersFile, String name) throws IOException {
        char[] password = new char[LENGTH];
        try {
            for (int index = 0; index < LENGTH; index++) {
                password[index] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
            }
            User user = new User(name, Role.PLANNER, Optional.empty(), PasswordHasher.create().hash(password));
            UserFile.read(usersFile).with(user).write(usersFile);
            return Password.of(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
