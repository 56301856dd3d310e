package io.omniroute.engine.simulation;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.sourcing.SourcingDecision;

/** Receives each decision as the simulation makes it, in processing order. */
@FunctionalInterface
public interface SimulationListener {

    void decided(Order order, SourcingDecision decision);
}
