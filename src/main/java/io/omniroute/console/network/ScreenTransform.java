package io.omniroute.console.network;

/** Map units to pixels for one view size and viewport: {@code pixel = offset + unit × scale}. */
public record ScreenTransform(double scale, double offsetX, double offsetY) {

    public double toScreenX(double x) {
        return offsetX + x * scale;
    }

    public double toScreenY(double y) {
        return offsetY + y * scale;
    }

    public double toMapX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double toMapY(double screenY) {
        return (screenY - offsetY) / scale;
    }
}
