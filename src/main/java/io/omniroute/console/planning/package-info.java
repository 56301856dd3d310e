/** The engine over the cache: one order's planning world, its ranked alternatives, and the pricing of a plan. */
package io.omniroute.console.planning;
