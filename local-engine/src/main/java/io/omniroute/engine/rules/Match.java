package io.omniroute.engine.rules;

import io.omniroute.engine.model.Fulfillment;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Which orders a profile applies to. An empty set matches anything; the value range is
 * {@code minValue <= order value < maxValue}.
 */
public record Match(
        Set<String> channels,
        Set<Fulfillment> fulfillments,
        Set<String> serviceLevels,
        OptionalDouble minValue,
        OptionalDouble maxValue) {

    public static final Match ANY =
            new Match(Set.of(), Set.of(), Set.of(), OptionalDouble.empty(), OptionalDouble.empty());

    public Match {
        channels = Set.copyOf(channels);
        fulfillments = Set.copyOf(fulfillments);
        serviceLevels = Set.copyOf(serviceLevels);
    }

    public boolean matches(String channel, Fulfillment fulfillment, String serviceLevel, double orderValue) {
        return (channels.isEmpty() || channels.contains(channel))
                && (fulfillments.isEmpty() || fulfillments.contains(fulfillment))
                && (serviceLevels.isEmpty() || serviceLevels.contains(serviceLevel))
                && (minValue.isEmpty() || orderValue >= minValue.getAsDouble())
                && (maxValue.isEmpty() || orderValue < maxValue.getAsDouble());
    }
}
