package io.omniroute.console.network;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which nodes the list and the map show: the kinds ticked, the states chosen (none chosen = every state) and a text
 * that the id, name or city must contain (case-insensitive).
 */
public record NetworkFilter(Set<NodeKind> kinds, Set<String> states, String text) {

    public NetworkFilter {
        kinds = Set.copyOf(kinds);
        states = Set.copyOf(states);
        text = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
    }

    public boolean test(NetworkNode node) {
        return kinds.contains(node.kind())
                && (states.isEmpty() || states.contains(node.state()))
                && (text.isEmpty() || contains(node.id()) || contains(node.name()) || contains(node.info().city()));
    }

    private boolean contains(String value) {
        return value.toLowerCase(Locale.ROOT).contains(text);
    }
}
