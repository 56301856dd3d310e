package io.omniroute.console.network;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The map's key: each node kind's marker shape and colour with its name. */
public final class MapLegend extends VBox {

    public static final String STYLE_CLASS = "map-legend";
    private static final double GLYPH_RADIUS = 6;

    public MapLegend() {
        getStyleClass().add(STYLE_CLASS);
        setFillWidth(false);
        for (NodeKind kind : NodeKind.values()) {
            if (kind == NodeKind.OTHER) {
                continue;
            }
            // A fixed-size box keeps the labels aligned whatever each shape's width.
            StackPane glyph = new StackPane(MarkerGlyph.of(kind, GLYPH_RADIUS));
            glyph.setMinSize(16, 16);
            glyph.setPrefSize(16, 16);
            Label label = new Label(kind.label(), glyph);
            label.getStyleClass().add(Styles.TEXT_SMALL);
            HBox row = new HBox(label);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }
}
