package io.omniroute.console.network;

import javafx.scene.paint.Color;

/**
 * The map's colours, each a CSS property of {@link MapCanvas}; network.css points them at the theme's looked-up
 * colours, so the canvas follows a switch between light and dark. The fallbacks only show without a stylesheet.
 */
enum MapInk {
    LAND("-map-land", "#d0d7de"),
    BORDER("-map-border", "#ffffff"),
    FRAME("-map-frame", "#afb8c1"),
    MARKER_EDGE("-map-marker-edge", "#ffffff"),
    SELECTION("-map-selection", "#24292f"),
    DC("-map-kind-dc", "#0969da"),
    STORE("-map-kind-store", "#2da44e"),
    DARK_STORE("-map-kind-dark-store", "#9a42c8"),
    DROPSHIP_VENDOR("-map-kind-dropship-vendor", "#fba71b"),
    THREE_PL("-map-kind-three-pl", "#c84164"),
    OTHER("-map-kind-other", "#6e7781");

    private final String cssProperty;
    private final Color fallback;

    MapInk(String cssProperty, String fallback) {
        this.cssProperty = cssProperty;
        this.fallback = Color.web(fallback);
    }

    String cssProperty() {
        return cssProperty;
    }

    Color fallback() {
        return fallback;
    }

    static MapInk of(NodeKind kind) {
        return valueOf(kind.name());
    }
}
