package io.omniroute.console.shell;

import java.util.Objects;
import java.util.Optional;

/**
 * Who uses the console, as the backend said at login: a planner, an admin, or a store manager bound to one store.
 * Screens use it to decide what to offer; the backend's feed already holds only what the user may see.
 */
public record ConsoleUser(String name, String role, Optional<String> storeNodeId) {

    public static final String PLANNER = "PLANNER";
    public static final String STORE_MANAGER = "STORE_MANAGER";
    public static final String ADMIN = "ADMIN";

    public ConsoleUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(storeNodeId, "storeNodeId");
    }

    public boolean isStoreManager() {
        return STORE_MANAGER.equals(role);
    }
}
