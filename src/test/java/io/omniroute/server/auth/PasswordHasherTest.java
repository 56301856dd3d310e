package io.omniroute.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private final PasswordHasher hasher = PasswordHasher.create();

    @Test
    void hashVerifiesTheRightPassword() {
        String hash = hasher.hash("correct horse".toCharArray());

        assertThat(hasher.verify("correct horse".toCharArray(), hash)).isTrue();
    }

    @Test
    void hashRefusesAWrongPassword() {
        String hash = hasher.hash("correct horse".toCharArray());

        assertThat(hasher.verify("correct horsf".toCharArray(), hash)).isFalse();
    }

    @Test
    void hashNamesSchemeIterationsSaltAndKey() {
        String hash = hasher.hash("correct horse".toCharArray());

        assertThat(hash).matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=");
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        String first = hasher.hash("correct horse".toCharArray());
        String second = hasher.hash("correct horse".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("correct horse".toCharArray(), second)).isTrue();
    }

    @Test
    void dummyVerificationNeverMatches() {
        assertThat(hasher.verifyAgainstDummy("correct horse".toCharArray())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "plain-text-password",
        "bcrypt$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$many$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$210000$not*base64$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$210000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
        "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==",
    })
    void malformedHashIsRefused(String encoded) {
        assertThatThrownBy(() -> hasher.verify("correct horse".toCharArray(), encoded))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed password hash: ")
                .hasMessageContaining("expected pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>");
    }

    @Test
    void wellFormedHashHasNoProblem() {
        assertThat(PasswordHasher.problemWith(hasher.hash("correct horse".toCharArray()))).isEmpty();
    }
}
