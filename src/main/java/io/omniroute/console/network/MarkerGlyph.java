package io.omniroute.console.network;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;

/** A kind's marker as a small shape node, for the legend; coloured by its kind's style class in network.css. */
final class MarkerGlyph {

    static final String STYLE_CLASS = "marker-glyph";

    private MarkerGlyph() {
    }

    static Shape of(NodeKind kind, double radius) {
        double[] vertices = MarkerShape.vertices(kind);
        Shape shape;
        if (vertices.length == 0) {
            shape = new Circle(radius);
        } else {
            for (int i = 0; i < vertices.length; i++) {
                vertices[i] *= radius;
            }
            shape = new Polygon(vertices);
        }
        shape.getStyleClass().addAll(STYLE_CLASS, kind.styleClass());
        return shape;
    }
}
