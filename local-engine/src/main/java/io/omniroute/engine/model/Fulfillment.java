package io.omniroute.engine.model;

/** How the customer receives the order: shipped to an address, or picked up at a store. */
public enum Fulfillment {
    SHIP, PICKUP
}
