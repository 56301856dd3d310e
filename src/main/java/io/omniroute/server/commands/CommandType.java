package io.omniroute.server.commands;

import io.omniroute.server.auth.Session;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The command types of docs/sync-api.md, with who may send them. */
public enum CommandType {
    REROUTE(Audience.PLANNERS),
    CANCEL_LINES(Audience.PLANNERS),
    BACKORDER(Audience.PLANNERS),
    RESOLVE_EXCEPTION(Audience.PLANNERS),
    TAKE_EXCEPTION(Audience.PLANNERS),
    RELEASE_EXCEPTION(Audience.PLANNERS),
    PICKUP_ACCEPT(Audience.STORES),
    PICKUP_READY(Audience.STORES),
    PICKUP_REJECT(Audience.STORES),
    PICKUP_COLLECTED(Audience.STORES),
    PICKUP_NO_SHOW(Audience.STORES),
    SHIP_CONFIRM(Audience.PLANNERS),
    PUBLISH_RULES(Audience.ADMINS);

    /**
     * Who may send a type; a store manager's right to act on one store is checked against the target itself.
     * Integrations (a WMS confirming shipments) log in with a planner's role.
     */
    private enum Audience { PLANNERS, STORES, ADMINS }

    private final Audience audience;

    CommandType(Audience audience) {
        this.audience = audience;
    }

    public static Optional<CommandType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Whether the caller's role may send this type at all, before its target is looked at. */
    boolean allowsRoleOf(Session caller) {
        return switch (audience) {
            case PLANNERS -> caller.isPlanner();
            case STORES -> true;
            case ADMINS -> caller.isAdmin();
        };
    }
}
