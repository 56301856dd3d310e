package io.omniroute.engine.rules;

import io.omniroute.engine.model.Fulfillment;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ordered list of profiles; the first whose {@code when} matches an order sources it. */
public record RuleSet(List<Profile> profiles) {

    public static final String DEFAULT_PROFILE_NAME = "default";

    /** The rules used when a scenario has no rules.yaml, and for orders no profile matches. */
    public static final Profile BUILT_IN_DEFAULT = new Profile(
            DEFAULT_PROFILE_NAME,
            Match.ANY,
            Filters.NONE,
            new Objective(0, 50, Map.of()),
            new Constraints(3, true),
            Optional.empty());

    public RuleSet {
        profiles = List.copyOf(profiles);
    }

    public static RuleSet builtIn() {
        return new RuleSet(List.of(BUILT_IN_DEFAULT));
    }

    /** The first matching profile, or the built-in default when none matches. */
    public Profile profileFor(String channel, Fulfillment fulfillment, String serviceLevel, double orderValue) {
        for (Profile profile : profiles) {
            if (profile.when().matches(channel, fulfillment, serviceLevel, orderValue)) {
                return profile;
            }
        }
        return BUILT_IN_DEFAULT;
    }

    public Optional<Profile> profile(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
