package io.omniroute.console.network;

import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Affine;

/** Draws one frame of the map: the states, the inset frames, then the markers with the hovered and chosen ones. */
final class MapPainter {

    /** State borders in pixels, whatever the zoom. */
    private static final double BORDER_WIDTH = 0.8;
    private static final double MARKER_ALPHA = 0.88;

    private final GraphicsContext gc;
    private final Function<MapInk, Paint> ink;

    MapPainter(GraphicsContext gc, Function<MapInk, Paint> ink) {
        this.gc = gc;
        this.ink = ink;
    }

    void paint(double width, double height, ProjectedMap map, ScreenTransform transform, MarkerLayout markers,
            String selectedId, String hoveredId) {
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, width, height);
        paintStates(map, transform);
        paintFrames(map, transform);
        int selected = -1;
        int hovered = -1;
        for (int i = 0; i < markers.size(); i++) {
            String id = markers.marker(i).nodeId();
            if (id.equals(selectedId)) {
                selected = i;
            } else if (id.equals(hoveredId)) {
                hovered = i;
            }
            if (visible(markers, i, width, height)) {
                paintMarker(markers, i);
            }
        }
        // Emphasised markers go on top of the rest, so a chosen node is never hidden under a neighbour.
        if (hovered >= 0) {
            paintMarker(markers, hovered);
            paintRing(markers, hovered, 2, 1.5);
        }
        if (selected >= 0) {
            paintMarker(markers, selected);
            paintRing(markers, selected, 3.5, 2.5);
        }
    }

    private void paintStates(ProjectedMap map, ScreenTransform transform) {
        // Draw in map units under the view's transform: no per-frame copies of the ~10,000 outline points.
        gc.setTransform(transform.scale(), 0, 0, transform.scale(), transform.offsetX(), transform.offsetY());
        gc.setFill(ink.apply(MapInk.LAND));
        gc.setStroke(ink.apply(MapInk.BORDER));
        gc.setLineWidth(BORDER_WIDTH / transform.scale());
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setFillRule(FillRule.EVEN_ODD);
        for (StateShape state : map.states()) {
            gc.beginPath();
            for (MapRing ring : state.rings()) {
                gc.moveTo(ring.xs()[0], ring.ys()[0]);
                for (int i = 1; i < ring.size(); i++) {
                    gc.lineTo(ring.xs()[i], ring.ys()[i]);
                }
                gc.closePath();
            }
            gc.fill();
            gc.stroke();
        }
        gc.setTransform(new Affine());
    }

    private void paintFrames(ProjectedMap map, ScreenTransform transform) {
        gc.setStroke(ink.apply(MapInk.FRAME));
        gc.setLineWidth(1);
        gc.setLineDashes(4, 4);
        for (MapBox frame : map.insetFrames()) {
            double x = transform.toScreenX(frame.minX());
            double y = transform.toScreenY(frame.minY());
            gc.strokeRect(Math.round(x) + 0.5, Math.round(y) + 0.5, Math.round(frame.width() * transform.scale()),
                    Math.round(frame.height() * transform.scale()));
        }
        gc.setLineDashes();
    }

    private static boolean visible(MarkerLayout markers, int i, double width, double height) {
        double r = markers.marker(i).radius() + 4;
        double x = markers.screenX(i);
        double y = markers.screenY(i);
        return x > -r && y > -r && x < width + r && y < height + r;
    }

    private void paintMarker(MarkerLayout markers, int i) {
        MapMarker marker = markers.marker(i);
        double x = markers.screenX(i);
        double y = markers.screenY(i);
        double r = marker.radius();
        gc.setGlobalAlpha(MARKER_ALPHA);
        gc.setFill(ink.apply(MapInk.of(marker.kind())));
        gc.setStroke(ink.apply(MapInk.MARKER_EDGE));
        gc.setLineWidth(1);
        double[] shape = MarkerShape.vertices(marker.kind());
        if (shape.length == 0) {
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setGlobalAlpha(1);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            return;
        }
        int points = shape.length / 2;
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int k = 0; k < points; k++) {
            xs[k] = x + shape[2 * k] * r;
            ys[k] = y + shape[2 * k + 1] * r;
        }
        gc.fillPolygon(xs, ys, points);
        gc.setGlobalAlpha(1);
        gc.strokePolygon(xs, ys, points);
    }

    private void paintRing(MarkerLayout markers, int i, double gap, double lineWidth) {
        double r = markers.marker(i).radius() * 1.25 + gap;
        gc.setStroke(ink.apply(MapInk.SELECTION));
        gc.setLineWidth(lineWidth);
        gc.strokeOval(markers.screenX(i) - r, markers.screenY(i) - r, 2 * r, 2 * r);
    }
}
