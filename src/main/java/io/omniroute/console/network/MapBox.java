package io.omniroute.console.network;

/** An axis-aligned rectangle in map units. */
public record MapBox(double minX, double minY, double maxX, double maxY) {

    public MapBox {
        if (!(minX <= maxX && minY <= maxY)) {
            throw new IllegalArgumentException("box [" + minX + ", " + minY + "]..[" + maxX + ", " + maxY
                    + "] is inverted: min must be <= max");
        }
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public double centerX() {
        return (minX + maxX) / 2;
    }

    public double centerY() {
        return (minY + maxY) / 2;
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public boolean contains(MapPoint point) {
        return contains(point.x(), point.y());
    }
}
