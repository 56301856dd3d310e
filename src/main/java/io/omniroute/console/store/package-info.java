/** The store manager's pickup queue (BOPIS): what to accept, pick, hand over or report, one store at a time. */
package io.omniroute.console.store;
