package io.omniroute.console.network;

/** A point on the projected map, in map units (the lower 48 span about -0.455..0.455 across; y grows downward). */
public record MapPoint(double x, double y) {
}
