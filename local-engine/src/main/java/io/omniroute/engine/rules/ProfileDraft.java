package io.omniroute.engine.rules;

import java.util.Optional;

/**
 * One profile as read from the file, with what the cascade checks need besides the profile itself.
 *
 * @param name empty when the name was missing or unreadable (already reported)
 * @param catchAll true when the profile's {@code when} is absent or empty, so it matches every order
 */
record ProfileDraft(
        int index,
        int line,
        Optional<String> name,
        int nameLine,
        Optional<String> fallback,
        int fallbackLine,
        boolean catchAll,
        Profile profile) {

    String path() {
        return "profiles[" + index + "]";
    }

    /** How messages name the profile: {@code profiles[2] 'same-day'}. */
    String label() {
        return path() + name.map(n -> " '" + n + "'").orElse("");
    }
}
