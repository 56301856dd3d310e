/** The console's one way to run work off the FX thread and hand the result back to it. */
package io.omniroute.console.task;
