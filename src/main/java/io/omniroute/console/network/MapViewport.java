package io.omniroute.console.network;

import java.util.Objects;

/**
 * What part of the map is in view: a zoom over the fitted map and the map point at the view's centre. It is kept
 * apart from the view's size, so a resize keeps the same place in the middle, and a data refresh keeps it all.
 * Immutable: each gesture makes a new one.
 */
public record MapViewport(MapBox bounds, double zoom, double centerX, double centerY) {

    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 12;
    /** Pixels left free around the fitted map at zoom 1. */
    static final double PADDING = 12;

    public MapViewport {
        Objects.requireNonNull(bounds, "bounds");
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        // The centre never leaves the map, so the user cannot lose it off screen.
        centerX = Math.max(bounds.minX(), Math.min(bounds.maxX(), centerX));
        centerY = Math.max(bounds.minY(), Math.min(bounds.maxY(), centerY));
    }

    /** The whole map fitted to the view. */
    public static MapViewport home(MapBox bounds) {
        return new MapViewport(bounds, MIN_ZOOM, bounds.centerX(), bounds.centerY());
    }

    public MapViewport reset() {
        return home(bounds);
    }

    public boolean isHome() {
        return equals(home(bounds));
    }

    /** How map units land on a view of that size. */
    public ScreenTransform transform(double width, double height) {
        double fit = Math.max(1e-9, Math.min((width - 2 * PADDING) / bounds.width(),
                (height - 2 * PADDING) / bounds.height()));
        double scale = fit * zoom;
        return new ScreenTransform(scale, width / 2 - centerX * scale, height / 2 - centerY * scale);
    }

    /** Zooms about the view's centre (the +/- buttons and keys). */
    public MapViewport zoomedBy(double factor) {
        return new MapViewport(bounds, zoom * factor, centerX, centerY);
    }

    /** Zooms keeping the map point under the pixel where it is (the mouse wheel). */
    public MapViewport zoomedAt(double factor, double screenX, double screenY, double width, double height) {
        ScreenTransform before = transform(width, height);
        double mapX = before.toMapX(screenX);
        double mapY = before.toMapY(screenY);
        MapViewport zoomed = zoomedBy(factor);
        double scale = zoomed.transform(width, height).scale();
        return new MapViewport(bounds, zoomed.zoom, mapX - (screenX - width / 2) / scale,
                mapY - (screenY - height / 2) / scale);
    }

    /** Moves the map with the mouse: a drag of (dx, dy) pixels. */
    public MapViewport pannedBy(double dx, double dy, double width, double height) {
        double scale = transform(width, height).scale();
        return new MapViewport(bounds, zoom, centerX - dx / scale, centerY - dy / scale);
    }

    /** Moves the view by a share of what is in view (the arrow keys); positive x looks further east. */
    public MapViewport pannedByShare(double shareX, double shareY) {
        return new MapViewport(bounds, zoom, centerX + shareX * bounds.width() / zoom,
                centerY + shareY * bounds.height() / zoom);
    }

    /** Puts the point in the middle at the same zoom. */
    public MapViewport centeredOn(MapPoint point) {
        return new MapViewport(bounds, zoom, point.x(), point.y());
    }
}
