package io.omniroute.console.network;

/**
 * One closed outline in map units, as two coordinate arrays because that is what the canvas draws from. The arrays
 * are never changed after construction; they are not copied, to keep the ~50 states cheap to hand around.
 */
public record MapRing(double[] xs, double[] ys) {

    public MapRing {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a ring has " + xs.length + " x and " + ys.length
                    + " y coordinates: they must pair up");
        }
    }

    public int size() {
        return xs.length;
    }
}
