package io.omniroute.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
    /** Hashing takes a noticeable moment, so the users are made once. */
    private static final UserFile USERS = users();

    private final MutableClock clock = new MutableClock(START);
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final Authenticator authenticator = Authenticator.of(USERS, store, clock);

    private static UserFile users() {
        PasswordHasher hasher = PasswordHasher.create();
        return UserFile.empty()
                .with(new User("ana", Role.PLANNER, Optional.empty(), hasher.hash("ana-secret".toCharArray())))
                .with(new User("dee", Role.STORE_MANAGER, Optional.of("ST-0042"),
                        hasher.hash("dee-secret".toCharArray())));
    }

    @Test
    void loginIssuesATokenThatAuthenticates() {
        LoginResult login = authenticator.login("ana", "ana-secret".toCharArray()).orElseThrow();

        Session session = authenticator.authenticate(login.token()).orElseThrow();
        assertThat(session.userName()).isEqualTo("ana");
        assertThat(session.role()).isEqualTo(Role.PLANNER);
        assertThat(session.expiresAt()).isEqualTo(START.plus(Duration.ofHours(12)));
    }

    @Test
    void tokenIs256RandomBitsInBase64UrlWithoutPadding() {
        String first = authenticator.login("ana", "ana-secret".toCharArray()).orElseThrow().token();
        String second = authenticator.login("ana", "ana-secret".toCharArray()).orElseThrow().token();

        assertThat(first).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second);
    }

    @Test
    void wrongPasswordGetsNoSession() {
        assertThat(authenticator.login("ana", "dee-secret".toCharArray())).isEmpty();
        assertThat(store.sessions()).isEmpty();
    }

    @Test
    void unknownUserGetsNoSession() {
        assertThat(authenticator.login("zed", "ana-secret".toCharArray())).isEmpty();
        assertThat(store.sessions()).isEmpty();
    }

    @Test
    void loginWipesThePassword() {
        char[] password = "ana-secret".toCharArray();

        authenticator.login("ana", password);

        assertThat(password).containsOnly('\0');
    }

    @Test
    void unknownTokenIsRefused() {
        authenticator.login("ana", "ana-secret".toCharArray()).orElseThrow();

        assertThat(authenticator.authenticate("not-a-token-we-issued")).isEmpty();
        assertThat(authenticator.authenticate("")).isEmpty();
        assertThat(authenticator.authenticate(null)).isEmpty();
    }

    @Test
    void tokenWorksUntilJustBeforeTwelveHours() {
        String token = authenticator.login("ana", "ana-secret".toCharArray()).orElseThrow().token();

        clock.advance(Duration.ofHours(12).minusSeconds(1));

        assertThat(authenticator.authenticate(token)).isPresent();
    }

    @Test
    void expiredTokenIsRefused() {
        String token = authenticator.login("ana", "ana-secret".toCharArray()).orElseThrow().token();

        clock.advance(Duration.ofHours(12));

        assertThat(authenticator.authenticate(token)).isEmpty();
    }

    @Test
    void sessionStoreNeverContainsThePlaintextToken() {
        String token = authenticator.login("ana", "ana-secret".toCharArray()).orElseThrow().token();

        assertThat(store.sessions()).singleElement().satisfies(session -> {
            assertThat(session.toString()).doesNotContain(token);
            assertThat(session.tokenHash()).isEqualTo(Authenticator.tokenHash(token)).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void loginResultDoesNotPrintItsToken() {
        LoginResult login = authenticator.login("ana", "ana-secret".toCharArray()).orElseThrow();

        assertThat(login.toString()).doesNotContain(login.token());
    }

    @Test
    void storeManagerSessionCarriesTheirNode() {
        LoginResult login = authenticator.login("dee", "dee-secret".toCharArray()).orElseThrow();

        assertThat(login.session().nodeId()).contains("ST-0042");
        assertThat(login.session().role()).isEqualTo(Role.STORE_MANAGER);
    }
}
