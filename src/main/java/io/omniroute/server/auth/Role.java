package io.omniroute.server.auth;

/** What a user may see and do (docs/sync-api.md, Authentication). */
public enum Role {
    /** Sees and acts on all data. */
    PLANNER,
    /** Bound to one store's node id: sees all data, acts only on that node. */
    STORE_MANAGER,
    /** Everything a planner may do, plus publishing rules. */
    ADMIN
}
