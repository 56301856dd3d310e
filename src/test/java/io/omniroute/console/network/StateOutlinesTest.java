package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.console.network.AlbersUsaProjection.Inset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateOutlinesTest {

    private static final StateOutlines BUNDLED = StateOutlines.bundled();
    private final AlbersUsaProjection projection = AlbersUsaProjection.create();

    @Test
    void theBundledFileHoldsEveryStateAndDcOnceAndNoTerritory() {
        List<UsState> states = BUNDLED.states().stream().map(StateOutline::state).toList();

        assertThat(states).doesNotHaveDuplicates();
        assertThat(EnumSet.copyOf(states)).isEqualTo(EnumSet.allOf(UsState.class));
        assertThat(BUNDLED.states()).allSatisfy(outline -> assertThat(outline.rings()).isNotEmpty());
    }

    @Test
    void everyProjectedStateLiesInsideItsPartOfTheMap() {
        for (StateShape shape : BUNDLED.project(projection, ProjectedMap.TOLERANCE)) {
            MapBox frame = projection.frame(AlbersUsaProjection.insetOf(shape.state()));
            for (MapRing ring : shape.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    assertThat(frame.contains(ring.xs()[i], ring.ys()[i])).as("%s point %d", shape.state(), i)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void noLower48StateReachesIntoTheInsets() {
        MapBox alaska = projection.frame(Inset.ALASKA);
        MapBox hawaii = projection.frame(Inset.HAWAII);
        for (StateShape shape : BUNDLED.project(projection, ProjectedMap.TOLERANCE)) {
            if (AlbersUsaProjection.insetOf(shape.state()) != Inset.LOWER_48) {
                continue;
            }
            for (MapRing ring : shape.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    assertThat(alaska.contains(ring.xs()[i], ring.ys()[i])
                            || hawaii.contains(ring.xs()[i], ring.ys()[i])).as("%s", shape.state()).isFalse();
                }
            }
        }
    }

    @Test
    void simplifyingDropsMostPointsAndKeepsEveryRingDrawable() {
        int raw = BUNDLED.states().stream().flatMap(s -> s.rings().stream()).mapToInt(MapRing::size).sum();
        List<StateShape> shapes = BUNDLED.project(projection, ProjectedMap.TOLERANCE);
        int simplified = shapes.stream().mapToInt(StateShape::pointCount).sum();

        assertThat(simplified).isLessThan(raw * 3 / 4);
        assertThat(shapes).allSatisfy(shape -> assertThat(shape.rings()).isNotEmpty()
                .allSatisfy(ring -> assertThat(ring.size()).isGreaterThanOrEqualTo(3)));
    }

    @Test
    void aFeatureThatIsNoStateIsSkipped() throws IOException {
        StateOutlines outlines = read("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"72","properties":{"name":"Puerto Rico"},
                  "geometry":{"type":"Polygon","coordinates":[[[-67,18],[-66,18],[-66,18.5],[-67,18]]]}},
                 {"type":"Feature","id":"49","properties":{"name":"Utah"},
                  "geometry":{"type":"Polygon","coordinates":[[[-114,42],[-111,42],[-109,37],[-114,37],[-114,42]]]}}
                ]}""");

        assertThat(outlines.states()).extracting(StateOutline::state).containsExactly(UsState.UT);
        assertThat(outlines.states().get(0).rings().get(0).size()).isEqualTo(5);
    }

    @Test
    void anUnexpectedGeometryNamesTheStateAndTheType() {
        assertThatThrownBy(() -> read("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"49","properties":{"name":"Utah"},
                  "geometry":{"type":"LineString","coordinates":[[-114,42],[-111,42]]}}]}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Utah").hasMessageContaining("LineString");
    }

    private static StateOutlines read(String json) throws IOException {
        return StateOutlines.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
    }
}
