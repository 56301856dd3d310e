package io.omniroute.engine.sourcing;

import java.util.Objects;

/**
 * One profile the cascade tried for an order.
 *
 * @param reached how the profile was reached: "first match" or "fallback of NAME"
 * @param unitsFilled units its optimal plan filled; a plan filling nothing passes the order to the fallback
 */
public record ProfileAttempt(String profile, String reached, int unitsFilled) {

    public ProfileAttempt {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(reached, "reached");
    }
}
