package io.omniroute.console.whatif;

/** The style classes the What-if screen sets from code; css/whatif.css gives them their look. */
final class WhatIfStyles {

    /** A KPI difference in the direction the KPI should go. */
    static final String BETTER = "kpi-better";
    /** A KPI difference against the direction the KPI should go. */
    static final String WORSE = "kpi-worse";
    /** A KPI's name column. */
    static final String KPI_NAME = "kpi-name";
    /** A diff row whose cost rose. */
    static final String COST_UP = "cost-up";
    /** A diff row whose cost fell. */
    static final String COST_DOWN = "cost-down";
    /** A verdict row of a chosen node. */
    static final String CHOSEN = "verdict-chosen";
    /** One of the small charts of the main KPIs. */
    static final String KPI_CHART = "kpi-chart";
    /** Text in a fixed-width font: rules YAML and plans. */
    static final String MONOSPACE = "monospace";

    private WhatIfStyles() {
    }
}
