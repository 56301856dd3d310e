package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MapViewportTest {

    private static final MapBox BOUNDS = new MapBox(-1, -0.5, 1, 0.5);
    private static final double W = 1000;
    private static final double H = 600;

    @Test
    void homeFitsTheWholeMapCentredWithAMargin() {
        ScreenTransform t = MapViewport.home(BOUNDS).transform(W, H);

        assertThat(t.scale()).isCloseTo((W - 2 * MapViewport.PADDING) / 2, within(1e-9));
        assertThat(t.toScreenX(0)).isCloseTo(W / 2, within(1e-9));
        assertThat(t.toScreenY(0)).isCloseTo(H / 2, within(1e-9));
        assertThat(t.toScreenX(-1)).isCloseTo(MapViewport.PADDING, within(1e-9));
    }

    @Test
    void aTallViewFitsTheHeightInstead() {
        ScreenTransform t = MapViewport.home(BOUNDS).transform(2000, 300);

        assertThat(t.scale()).isCloseTo(300 - 2 * MapViewport.PADDING, within(1e-9));
    }

    @Test
    void wheelZoomKeepsThePointUnderThePointer() {
        MapViewport before = MapViewport.home(BOUNDS);
        double mapX = before.transform(W, H).toMapX(700);
        double mapY = before.transform(W, H).toMapY(150);

        ScreenTransform after = before.zoomedAt(2, 700, 150, W, H).transform(W, H);

        assertThat(after.toScreenX(mapX)).isCloseTo(700, within(1e-6));
        assertThat(after.toScreenY(mapY)).isCloseTo(150, within(1e-6));
    }

    @Test
    void draggingMovesTheMapWithThePointer() {
        MapViewport zoomed = MapViewport.home(BOUNDS).zoomedBy(4);
        ScreenTransform before = zoomed.transform(W, H);

        ScreenTransform after = zoomed.pannedBy(30, -20, W, H).transform(W, H);

        assertThat(after.toScreenX(0.1)).isCloseTo(before.toScreenX(0.1) + 30, within(1e-6));
        assertThat(after.toScreenY(0.1)).isCloseTo(before.toScreenY(0.1) - 20, within(1e-6));
    }

    @Test
    void zoomStaysBetweenItsLimits() {
        MapViewport home = MapViewport.home(BOUNDS);

        assertThat(home.zoomedBy(0.1).zoom()).isEqualTo(MapViewport.MIN_ZOOM);
        assertThat(home.zoomedBy(1000).zoom()).isEqualTo(MapViewport.MAX_ZOOM);
    }

    @Test
    void theCentreCannotLeaveTheMap() {
        MapViewport far = MapViewport.home(BOUNDS).zoomedBy(2).pannedBy(-1e6, 1e6, W, H);

        assertThat(far.centerX()).isEqualTo(BOUNDS.maxX());
        assertThat(far.centerY()).isEqualTo(BOUNDS.minY());
    }

    @Test
    void aResizeKeepsTheSamePlaceInTheMiddle() {
        MapViewport viewport = MapViewport.home(BOUNDS).zoomedBy(3).centeredOn(new MapPoint(0.4, 0.1));

        ScreenTransform small = viewport.transform(400, 300);
        ScreenTransform large = viewport.transform(1600, 900);

        assertThat(small.toMapX(200)).isCloseTo(0.4, within(1e-9));
        assertThat(large.toMapX(800)).isCloseTo(0.4, within(1e-9));
        assertThat(large.toMapY(450)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void arrowPanningMovesEastAndResetGoesHome() {
        MapViewport zoomed = MapViewport.home(BOUNDS).zoomedBy(2);

        MapViewport east = zoomed.pannedByShare(0.1, 0);

        assertThat(east.centerX()).isGreaterThan(zoomed.centerX());
        assertThat(east.reset().isHome()).isTrue();
    }
}
