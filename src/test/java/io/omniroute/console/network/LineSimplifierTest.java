package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineSimplifierTest {

    @Test
    void pointsOnAStraightEdgeAreDropped() {
        MapRing square = new MapRing(new double[] {0, 0.5, 1, 1, 1, 0.5, 0, 0, 0},
                new double[] {0, 0, 0, 0.5, 1, 1, 1, 0.5, 0});

        MapRing simple = LineSimplifier.simplify(square, 0.01);

        assertThat(simple.xs()).containsExactly(0, 1, 1, 0, 0);
        assertThat(simple.ys()).containsExactly(0, 0, 1, 1, 0);
    }

    @Test
    void aBumpSmallerThanTheToleranceGoes() {
        MapRing ring = new MapRing(new double[] {0, 0.5, 1, 1, 0, 0}, new double[] {0, 0.005, 0, 1, 1, 0});

        MapRing simple = LineSimplifier.simplify(ring, 0.01);

        assertThat(simple.xs()).containsExactly(0, 1, 1, 0, 0);
    }

    @Test
    void aBumpLargerThanTheToleranceStays() {
        MapRing ring = new MapRing(new double[] {0, 0.5, 1, 1, 0, 0}, new double[] {0, -0.2, 0, 1, 1, 0});

        MapRing simple = LineSimplifier.simplify(ring, 0.01);

        assertThat(simple.xs()).containsExactly(0, 0.5, 1, 1, 0, 0);
    }

    @Test
    void aTriangleIsLeftAlone() {
        MapRing triangle = new MapRing(new double[] {0, 1, 0}, new double[] {0, 0, 1});

        assertThat(LineSimplifier.simplify(triangle, 10)).isSameAs(triangle);
    }
}
