/**
 * The exact per-order sourcing optimizer, its inventory and capacity ledgers, and the explanation of every decision.
 */
package io.omniroute.engine.sourcing;
