package io.omniroute.engine.rules;

import io.omniroute.engine.model.Fulfillment;
import java.util.ArrayList;
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

    /**
     * These rules with the named profile sourcing every order, its fallbacks still applying: a planner re-sourcing
     * orders with a profile of their choice. The built-in default can be named even when the rules do not define it.
     *
     * @throws IllegalArgumentException naming the profiles there are, when none has that name
     */
    public RuleSet startingWith(String name) {
        Profile chosen = profile(name).or(() -> Optional.of(BUILT_IN_DEFAULT)
                .filter(builtIn -> builtIn.name().equals(name))).orElseThrow(() -> new IllegalArgumentException(
                        "no profile '" + name + "': the rules have " + profiles.stream().map(Profile::name).toList()));
        List<Profile> cascade = new ArrayList<>();
        cascade.add(new Profile(chosen.name(), Match.ANY, chosen.filters(), chosen.objective(), chosen.constraints(),
                chosen.fallback()));
        profiles.stream().filter(p -> !p.name().equals(name)).forEach(cascade::add);
        return new RuleSet(cascade);
    }
}
