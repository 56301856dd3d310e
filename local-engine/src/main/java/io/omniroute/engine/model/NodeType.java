package io.omniroute.engine.model;

/** The kinds of node an order can be fulfilled from. */
public enum NodeType {
    DC, STORE, DARK_STORE, DROPSHIP_VENDOR, THREE_PL
}
