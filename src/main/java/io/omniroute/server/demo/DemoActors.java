package io.omniroute.server.demo;

import io.omniroute.server.auth.Role;
import io.omniroute.server.auth.Session;
import java.time.Instant;
import java.util.Optional;

/**
 * The sessions the demo acts under. They carry the roles a real shop integration, store manager and WMS would
 * have, so every permission check applies to the demo exactly as to them. No token leads to them: they exist only
 * inside the server.
 */
final class DemoActors {

    /** The actor of the orders' CREATED events. */
    static final String SHOP = "demo-shop";
    static final String WAREHOUSE = "demo-wms";
    private static final String NO_TOKEN = "demo: no token";

    private DemoActors() {
    }

    static Session shop() {
        return new Session(NO_TOKEN, SHOP, Role.PLANNER, Optional.empty(), Instant.MAX);
    }

    /** The manager of one store, bound to it like a real one. */
    static Session store(String nodeId) {
        return new Session(NO_TOKEN, "demo-store-" + nodeId, Role.STORE_MANAGER, Optional.of(nodeId), Instant.MAX);
    }

    static Session warehouse() {
        return new Session(NO_TOKEN, WAREHOUSE, Role.PLANNER, Optional.empty(), Instant.MAX);
    }
}
