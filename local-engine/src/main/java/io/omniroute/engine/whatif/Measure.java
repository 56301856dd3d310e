package io.omniroute.engine.whatif;

/** What a KPI counts, so a report can format it and say whether a rise is good news. */
public enum Measure {
    /** A count of orders, units, shipments or lines. */
    COUNT,
    /** A fraction in [0, 1], shown as a percentage. */
    RATE,
    /** Shipments per order. */
    RATIO,
    /** Currency. */
    MONEY,
    /** Kilometres. */
    KM,
    /** Days. */
    DAYS
}
