package io.omniroute.console.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state outlines of the bundled {@code data/us-states.geojson}: a FeatureCollection whose features carry the
 * state's FIPS code as {@code id}, its name as {@code properties.name}, and a Polygon or MultiPolygon. Territories
 * are skipped (they have no place on the Albers USA map).
 */
public final class StateOutlines {

    static final String RESOURCE = "/data/us-states.geojson";
    /** Read-only use of a private mapper: the console has no shared JSON configuration to honour here. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<StateOutline> states;

    private StateOutlines(List<StateOutline> states) {
        this.states = List.copyOf(states);
    }

    /** Reads the bundled outlines (about 0.5 MB): call it off the FX thread. */
    public static StateOutlines bundled() {
        try (InputStream in = StateOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled resource " + RESOURCE + " is missing from the jar");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** @param source names the input in error messages */
    public static StateOutlines read(InputStream in, String source) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalArgumentException(source + " is a '" + root.path("type").asText()
                    + "': expected a GeoJSON FeatureCollection of US states");
        }
        List<StateOutline> states = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            Optional<UsState> state = UsState.byFips(feature.path("id").asText());
            if (state.isPresent()) {
                states.add(new StateOutline(state.get(), rings(feature.path("geometry"), state.get(), source)));
            }
        }
        return new StateOutlines(states);
    }

    public List<StateOutline> states() {
        return states;
    }

    /** Each state projected with its part of the composite and simplified to the tolerance (map units). */
    public List<StateShape> project(AlbersUsaProjection projection, double tolerance) {
        List<StateShape> shapes = new ArrayList<>(states.size());
        for (StateOutline outline : states) {
            AlbersUsaProjection.Inset inset = AlbersUsaProjection.insetOf(outline.state());
            List<MapRing> rings = new ArrayList<>();
            for (MapRing ring : outline.rings()) {
                MapRing simple = LineSimplifier.simplify(projected(ring, inset, projection), tolerance);
                if (simple.size() >= 3) {
                    rings.add(simple);
                }
            }
            shapes.add(new StateShape(outline.state(), rings));
        }
        return shapes;
    }

    private static MapRing projected(MapRing ring, AlbersUsaProjection.Inset inset, AlbersUsaProjection projection) {
        double[] xs = new double[ring.size()];
        double[] ys = new double[ring.size()];
        for (int i = 0; i < xs.length; i++) {
            MapPoint point = projection.projectIn(inset, ring.xs()[i], ring.ys()[i]);
            xs[i] = point.x();
            ys[i] = point.y();
        }
        return new MapRing(xs, ys);
    }

    private static List<MapRing> rings(JsonNode geometry, UsState state, String source) {
        String type = geometry.path("type").asText();
        List<MapRing> rings = new ArrayList<>();
        switch (type) {
            case "Polygon" -> geometry.path("coordinates").forEach(ring -> rings.add(ring(ring)));
            case "MultiPolygon" -> geometry.path("coordinates")
                    .forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring))));
            default -> throw new IllegalArgumentException(source + ": " + state.title() + " has a '" + type
                    + "' geometry: expected Polygon or MultiPolygon");
        }
        return rings;
    }

    private static MapRing ring(JsonNode positions) {
        double[] lons = new double[positions.size()];
        double[] lats = new double[positions.size()];
        for (int i = 0; i < lons.length; i++) {
            lons[i] = positions.get(i).get(0).asDouble();
            lats[i] = positions.get(i).get(1).asDouble();
        }
        return new MapRing(lons, lats);
    }
}
