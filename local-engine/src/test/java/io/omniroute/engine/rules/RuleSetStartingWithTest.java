package io.omniroute.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.engine.model.Fulfillment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetStartingWithTest {

    private final Profile stores = profile("stores-first", new Match(Set.of("WEB"), Set.of(), Set.of(),
            OptionalDouble.empty(), OptionalDouble.empty()), Optional.of("dc-only"));
    private final Profile dcs = profile("dc-only", Match.ANY, Optional.empty());
    private final RuleSet rules = new RuleSet(List.of(stores, dcs));

    @Test
    void theNamedProfileSourcesEveryOrderAndKeepsItsFallback() {
        RuleSet forced = rules.startingWith("dc-only");

        assertThat(forced.profileFor("APP", Fulfillment.SHIP, "STANDARD", 10).name()).isEqualTo("dc-only");
        RuleSet storesFirst = rules.startingWith("stores-first");
        Profile chosen = storesFirst.profileFor("APP", Fulfillment.SHIP, "STANDARD", 10);
        assertThat(chosen.name()).isEqualTo("stores-first");
        assertThat(chosen.fallback()).contains("dc-only");
        assertThat(storesFirst.profile("dc-only")).contains(dcs);
    }

    @Test
    void theBuiltInDefaultCanBeNamed() {
        assertThat(rules.startingWith(RuleSet.DEFAULT_PROFILE_NAME).profileFor("WEB", Fulfillment.SHIP, "STANDARD",
                10).name()).isEqualTo(RuleSet.DEFAULT_PROFILE_NAME);
    }

    @Test
    void anUnknownNameListsTheProfiles() {
        assertThatThrownBy(() -> rules.startingWith("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no profile 'nope': the rules have [stores-first, dc-only]");
    }

    private static Profile profile(String name, Match when, Optional<String> fallback) {
        return new Profile(name, when, Filters.NONE, new Objective(1, 50, Map.of()), new Constraints(3, true),
                fallback);
    }
}
