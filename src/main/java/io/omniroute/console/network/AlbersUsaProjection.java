package io.omniroute.console.network;

import java.util.Optional;

/**
 * The familiar US map: an Albers equal-area conic for the lower 48 (standard parallels 29.5° and 45.5°), with Alaska
 * (at 0.35 scale) and Hawaii as insets in the lower left, using d3-geo's {@code geoAlbersUsa} numbers at scale 1 and
 * the origin. Immutable and thread-safe.
 */
public final class AlbersUsaProjection {

    /** Which part of the composite a place is drawn in. */
    public enum Inset {
        LOWER_48, ALASKA, HAWAII
    }

    /** d3 shrinks the inset boxes a hair so a point on a shared edge belongs to one box only. */
    private static final double EDGE = 1e-6;
    private static final MapBox LOWER_48_BOX = new MapBox(-0.455, -0.238, 0.455, 0.238);
    private static final MapBox ALASKA_BOX = new MapBox(-0.425 + EDGE, 0.120 + EDGE, -0.214 - EDGE, 0.234 - EDGE);
    private static final MapBox HAWAII_BOX = new MapBox(-0.214 + EDGE, 0.166 + EDGE, -0.115 - EDGE, 0.234 - EDGE);
    private static final AlbersUsaProjection INSTANCE = new AlbersUsaProjection();

    private final ConicEqualArea lower48 = new ConicEqualArea(96, -0.6, 38.7, 29.5, 45.5, 1, 0, 0);
    private final ConicEqualArea alaska = new ConicEqualArea(154, -2, 58.5, 55, 65, 0.35, -0.307, 0.201);
    private final ConicEqualArea hawaii = new ConicEqualArea(157, -3, 19.9, 8, 18, 1, -0.205, 0.212);

    private AlbersUsaProjection() {
    }

    public static AlbersUsaProjection create() {
        return INSTANCE;
    }

    /**
     * Where a place is drawn: the lower 48 first, then Alaska, then Hawaii, each only inside its box (as d3 does);
     * empty for a place outside all three (Puerto Rico, Guam, Mexico City).
     */
    public Optional<MapPoint> project(double lon, double lat) {
        for (Inset inset : Inset.values()) {
            MapPoint point = projectIn(inset, lon, lat);
            if (frame(inset).contains(point)) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }

    /** Projects with one part's projection, wherever the point lands: outlines use the part of their state. */
    public MapPoint projectIn(Inset inset, double lon, double lat) {
        return switch (inset) {
            case LOWER_48 -> lower48.project(lon, lat);
            case ALASKA -> alaska.project(lon, lat);
            case HAWAII -> hawaii.project(lon, lat);
        };
    }

    /** The box a part is drawn in; the lower 48's box is the whole map. */
    public MapBox frame(Inset inset) {
        return switch (inset) {
            case LOWER_48 -> LOWER_48_BOX;
            case ALASKA -> ALASKA_BOX;
            case HAWAII -> HAWAII_BOX;
        };
    }

    /** The whole map, insets included. */
    public MapBox bounds() {
        return LOWER_48_BOX;
    }

    public static Inset insetOf(UsState state) {
        return switch (state) {
            case AK -> Inset.ALASKA;
            case HI -> Inset.HAWAII;
            default -> Inset.LOWER_48;
        };
    }
}
