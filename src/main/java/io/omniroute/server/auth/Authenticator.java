package io.omniroute.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs users in against the users file and recognizes their bearer tokens afterwards.
 *
 * <p>Tokens are 256 random bits, base64url without padding, valid for {@link #SESSION_LENGTH}. Only their SHA-256
 * reaches the {@link SessionStore}. Neither passwords nor tokens are logged.
 */
public final class Authenticator {

    public static final Duration SESSION_LENGTH = Duration.ofHours(12);

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    private static final int TOKEN_BYTES = 32;
    /** A token we issue has 43 characters; anything far longer is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 256;

    private final UserFile users;
    private final SessionStore sessions;
    private final Clock clock;
    private final PasswordHasher hasher = PasswordHasher.create();
    private final SecureRandom random = new SecureRandom();

    private Authenticator(UserFile users, SessionStore sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    public static Authenticator of(UserFile users, SessionStore sessions, Clock clock) {
        return new Authenticator(Objects.requireNonNull(users, "users"), Objects.requireNonNull(sessions, "sessions"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Opens a session when the password is the user's, else returns empty, taking as long for an unknown user as
     * for a wrong password. The password array is wiped before this returns.
     */
    public Optional<LoginResult> login(String userName, char[] password) {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
        try {
            Optional<User> user = users.find(userName);
            if (user.isEmpty()) {
                hasher.verifyAgainstDummy(password);
                LOG.info("login refused: no such user");
                return Optional.empty();
            }
            if (!hasher.verify(password, user.get().passwordHash())) {
                LOG.info("login refused for user {}: wrong password", userName);
                return Optional.empty();
            }
            return Optional.of(openSession(user.get()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The live session of a bearer token; empty for a blank, unknown or expired token. */
    public Optional<Session> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank() || bearerToken.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return sessions.find(tokenHash(bearerToken)).filter(session -> !session.isExpiredAt(clock.instant()));
    }

    /** The lowercase hex SHA-256 of a token's UTF-8 bytes: the key a {@link SessionStore} keeps. */
    public static String tokenHash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    private LoginResult openSession(User user) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Arrays.fill(bytes, (byte) 0);
        Session session = new Session(tokenHash(token), user.name(), user.role(), user.nodeId(),
                clock.instant().plus(SESSION_LENGTH));
        sessions.save(session);
        LOG.info("user {} logged in as {} until {}", user.name(), user.role(), session.expiresAt());
        return new LoginResult(token, session);
    }
}
