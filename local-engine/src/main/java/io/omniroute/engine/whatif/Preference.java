package io.omniroute.engine.whatif;

/** Which way a KPI should move, so a report can say whether a difference is good news. */
public enum Preference {
    /** More is better: fill rate, units filled. */
    HIGHER,
    /** Less is better: cost, splits, exceptions, promised days. */
    LOWER,
    /** Neither: it describes the run rather than judges it (orders, distance). */
    NONE
}
