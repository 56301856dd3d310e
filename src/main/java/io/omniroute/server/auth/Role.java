package io.omniroute.server.auth;

/** What a user may see and do (docs/sync-api.md, Authentication). */
public enum Role {
    /** Sees and acts on all data. */
    PLANNER,
    /** Bound to one store: sees the shared data and that store's, and acts only on that store. */
    STORE_MANAGER,
    /** Everything a planner may do, plus publishing rules. */
    ADMIN
}
