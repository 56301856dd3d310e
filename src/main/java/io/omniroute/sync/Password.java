package io.omniroute.sync;

import java.util.Arrays;
import java.util.Objects;

/** A password held as characters so it can be wiped; it never prints. */
public final class Password {

    private final char[] characters;

    private Password(char[] characters) {
        this.characters = characters;
    }

    /** Takes a copy: the caller may wipe its own array at once. */
    public static Password of(char[] characters) {
        Objects.requireNonNull(characters, "characters");
        return new Password(characters.clone());
    }

    /** The only way out, for the login body; the string lives as briefly as the request. */
    String reveal() {
        return new String(characters);
    }

    /** Overwrites the characters; later logins fail. */
    public void wipe() {
        Arrays.fill(characters, '\0');
    }

    @Override
    public String toString() {
        return "***";
    }
}
