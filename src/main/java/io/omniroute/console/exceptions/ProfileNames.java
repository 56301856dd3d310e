package io.omniroute.console.exceptions;

import javafx.util.StringConverter;

/** How a profile choice reads in a picker: "" is the rules' own cascade. */
final class ProfileNames {

    static final StringConverter<String> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(String profile) {
            return profile == null || profile.isEmpty() ? "As the rules decide" : "Profile " + profile;
        }

        @Override
        public String fromString(String text) {
            return text;
        }
    };

    private ProfileNames() {
    }
}
