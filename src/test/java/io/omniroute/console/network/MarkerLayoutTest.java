package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkerLayoutTest {

    /** One map unit is 100 px, the map's origin at pixel (500, 300). */
    private static final ScreenTransform TRANSFORM = new ScreenTransform(100, 500, 300);

    private static MapMarker marker(String id, double x, double y, double radius) {
        return new MapMarker(id, NodeKind.STORE, x, y, radius);
    }

    private static Optional<String> hit(MarkerLayout layout, double x, double y) {
        return layout.hit(x, y).map(MapMarker::nodeId);
    }

    @Test
    void markersArePlacedThroughTheTransform() {
        MarkerLayout layout = MarkerLayout.place(List.of(marker("A", 1, -0.5, 5)), TRANSFORM);

        assertThat(layout.screenX(0)).isEqualTo(600);
        assertThat(layout.screenY(0)).isEqualTo(250);
    }

    @Test
    void aPointInsideAMarkerHitsIt() {
        MarkerLayout layout = MarkerLayout.place(List.of(marker("A", 1, 0, 5)), TRANSFORM);

        assertThat(hit(layout, 603, 304)).contains("A");
    }

    @Test
    void theMarkerDrawnLastWinsWhereTwoOverlap() {
        MarkerLayout layout = MarkerLayout.place(List.of(marker("BIG", 0, 0, 12), marker("SMALL", 0.05, 0, 4)),
                TRANSFORM);

        assertThat(hit(layout, 505, 300)).contains("SMALL");
        assertThat(hit(layout, 495, 300)).contains("BIG");
    }

    @Test
    void aNearMissWithinTheSlopStillHitsTheNearestMarker() {
        MarkerLayout layout = MarkerLayout.place(List.of(marker("A", 0, 0, 4), marker("B", 0.2, 0, 4)), TRANSFORM);

        assertThat(hit(layout, 506, 300)).contains("A");
        assertThat(hit(layout, 513, 300)).contains("B");
    }

    @Test
    void emptySeaHitsNothing() {
        MarkerLayout layout = MarkerLayout.place(List.of(marker("A", 0, 0, 4)), TRANSFORM);

        assertThat(layout.hit(500 + 4 + MarkerLayout.SLOP + 1, 300)).isEmpty();
        assertThat(MarkerLayout.place(List.of(), TRANSFORM).hit(500, 300)).isEmpty();
    }
}
