package io.omniroute.console.inventory;

import java.util.Locale;

/** How the nearest-stock list shows distances. */
public enum DistanceUnit {
    KM("km", 1.0),
    MI("mi", 1 / 1.609344);

    private final String symbol;
    private final double perKm;

    DistanceUnit(String symbol, double perKm) {
        this.symbol = symbol;
        this.perKm = perKm;
    }

    public String symbol() {
        return symbol;
    }

    /** "12.3 mi" */
    public String format(double km) {
        return String.format(Locale.ROOT, "%,.1f %s", km * perKm, symbol);
    }
}
