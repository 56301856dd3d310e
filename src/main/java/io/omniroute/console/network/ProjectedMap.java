package io.omniroute.console.network;

import java.util.List;
import java.util.Objects;

/**
 * The base map ready to draw: the projected, simplified states, the frames of the Alaska and Hawaii insets, and the
 * bounds the view fits to.
 */
public record ProjectedMap(List<StateShape> states, List<MapBox> insetFrames, MapBox bounds) {

    /**
     * A quarter of a pixel when the whole map is 1,100 px wide, so invisible at home zoom and under 3 px at the
     * deepest zoom; it takes the bundled 14,000 points down to about 9,000.
     */
    static final double TOLERANCE = 0.0002;

    public ProjectedMap {
        states = List.copyOf(states);
        insetFrames = List.copyOf(insetFrames);
        Objects.requireNonNull(bounds, "bounds");
    }

    /** No states yet (before the outlines are read): the view still knows its bounds. */
    public static ProjectedMap empty(AlbersUsaProjection projection) {
        return new ProjectedMap(List.of(), List.of(), projection.bounds());
    }

    /** Projects and simplifies the outlines: a few tens of milliseconds, so run it in the background. */
    public static ProjectedMap of(StateOutlines outlines, AlbersUsaProjection projection) {
        return new ProjectedMap(outlines.project(projection, TOLERANCE),
                List.of(projection.frame(AlbersUsaProjection.Inset.ALASKA),
                        projection.frame(AlbersUsaProjection.Inset.HAWAII)),
                projection.bounds());
    }
}
