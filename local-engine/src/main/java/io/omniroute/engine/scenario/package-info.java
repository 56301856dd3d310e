/** Reading and writing the scenario folder format described in docs/scenario-format.md. */
package io.omniroute.engine.scenario;
