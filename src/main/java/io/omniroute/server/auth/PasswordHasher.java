package io.omniroute.server.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 (210,000 iterations, 16-byte salt, 256-bit key) into
 * {@code pbkdf2-sha256$210000$<base64 salt>$<base64 hash>}, and checks passwords against such hashes in constant time.
 *
 * <p>The password arrays given are never kept; the copies made while hashing are wiped.
 */
public final class PasswordHasher {

    public static final String SCHEME = "pbkdf2-sha256";
    public static final int ITERATIONS = 210_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    /** Far above any sensible cost, so a tampered file cannot make one login take minutes. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final String FORMAT = SCHEME + "$<iterations>$<base64 salt>$<base64 hash>";

    private final SecureRandom random;
    private final byte[] dummySalt;

    private PasswordHasher(SecureRandom random) {
        this.random = random;
        this.dummySalt = new byte[SALT_BYTES];
        random.nextBytes(dummySalt);
    }

    public static PasswordHasher create() {
        return new PasswordHasher(new SecureRandom());
    }

    /** A new encoded hash of the password, with a fresh random salt. */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS);
        try {
            Base64.Encoder base64 = Base64.getEncoder();
            return SCHEME + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Whether the password is the one hashed into {@code encoded}.
     *
     * @throws IllegalArgumentException when {@code encoded} is not a hash this class writes
     */
    public boolean verify(char[] password, String encoded) {
        Objects.requireNonNull(password, "password");
        Encoded parsed = Encoded.parse(encoded);
        byte[] key = derive(password, parsed.salt(), parsed.iterations());
        try {
            return MessageDigest.isEqual(key, parsed.key());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Does the work of {@link #verify} for a user who does not exist, and returns false, so the time a login takes
     * does not tell whether the user exists.
     */
    public boolean verifyAgainstDummy(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] key = derive(password, dummySalt, ITERATIONS);
        Arrays.fill(key, (byte) 0);
        return false;
    }

    /** What is wrong with an encoded hash, or empty when {@link #verify} can use it. Never echoes the hash. */
    public static Optional<String> problemWith(String encoded) {
        try {
            Encoded.parse(encoded);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Encoded(int iterations, byte[] salt, byte[] key) {

        static Encoded parse(String encoded) {
            if (encoded == null || encoded.isBlank()) {
                throw malformed("it is blank");
            }
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 4) {
                throw malformed("it has " + parts.length + " $-separated parts, not 4");
            }
            if (!parts[0].equals(SCHEME)) {
                throw malformed("the scheme is not " + SCHEME);
            }
            int iterations = iterations(parts[1]);
            byte[] salt = base64(parts[2], "salt");
            if (salt.length < SALT_BYTES) {
                throw malformed("the salt has " + salt.length + " bytes, fewer than " + SALT_BYTES);
            }
            byte[] key = base64(parts[3], "hash");
            if (key.length != KEY_BYTES) {
                throw malformed("the hash has " + key.length + " bytes, not " + KEY_BYTES);
            }
            return new Encoded(iterations, salt, key);
        }

        private static int iterations(String text) {
            int iterations;
            try {
                iterations = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw malformed("the iteration count \"" + text + "\" is not a whole number");
            }
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw malformed("the iteration count " + iterations + " is not between 1 and " + MAX_ITERATIONS);
            }
            return iterations;
        }

        private static byte[] base64(String text, String part) {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw malformed("the " + part + " is not base64");
            }
        }

        private static IllegalArgumentException malformed(String why) {
            return new IllegalArgumentException("malformed password hash: " + why + "; expected " + FORMAT);
        }
    }
}
