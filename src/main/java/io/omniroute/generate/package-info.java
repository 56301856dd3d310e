/** Builds realistic, reproducible national US scenarios (network, catalog, stock, carriers and orders) from a seed. */
package io.omniroute.generate;
