/**
 * What-if analysis: a baseline scenario and variants of it (rules, nodes, capacity, stock, carrier rates, demand)
 * run through the same simulator, compared order by order and KPI by KPI.
 */
package io.omniroute.engine.whatif;
