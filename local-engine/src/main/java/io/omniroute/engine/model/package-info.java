/** The immutable domain records a scenario is made of: nodes, SKUs, stock, carriers, service levels and orders. */
package io.omniroute.engine.model;
