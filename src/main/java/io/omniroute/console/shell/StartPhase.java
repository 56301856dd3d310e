package io.omniroute.console.shell;

/** Where the console's start has come: the backend opening, the cache loading into memory, ready, or failed. */
public enum StartPhase {
    OPENING,
    LOADING,
    READY,
    FAILED
}
