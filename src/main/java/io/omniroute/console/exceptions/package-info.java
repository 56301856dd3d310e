/**
 * The exception queue: the orders the rules could not place or that are at risk, their ranked alternatives with the
 * engine's reasons, hand-built plans, bulk re-sourcing, and every fix sent through the outbox with its reason.
 */
package io.omniroute.console.exceptions;
