/** Replaying a scenario's orders through the sourcer, with KPIs and the output files of docs/scenario-format.md. */
package io.omniroute.engine.simulation;
