package io.omniroute.console.network;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;

/**
 * The map control: a canvas that draws the projected states and the node markers, fills whatever size it is given,
 * pans by dragging, zooms with the wheel about the pointer, shows a tooltip over a marker and reports clicks on one.
 * Its colours are CSS properties ({@link MapInk}); what it shows comes in through its properties.
 */
public final class MapCanvas extends Region {

    public static final String STYLE_CLASS = "map-canvas";
    private static final StyleablePropertyFactory<MapCanvas> STYLE =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** Wheel zoom per pixel of scroll: one notch (40 px) zooms by about a fifth. */
    private static final double WHEEL_ZOOM_BASE = 1.005;
    /** A press that moves less than this is still a click, not a drag. */
    private static final double DRAG_THRESHOLD = 3;
    private static final double TOOLTIP_OFFSET = 14;

    private final Canvas canvas = new Canvas();
    private final Map<MapInk, StyleableProperty<Paint>> inks = new EnumMap<>(MapInk.class);
    private final MapPainter painter = new MapPainter(canvas.getGraphicsContext2D(), ink -> inks.get(ink).getValue());
    private final ObjectProperty<ProjectedMap> map =
            new SimpleObjectProperty<>(this, "map", ProjectedMap.empty(AlbersUsaProjection.create()));
    private final ObjectProperty<List<MapMarker>> markers = new SimpleObjectProperty<>(this, "markers", List.of());
    private final ObjectProperty<MapViewport> viewport =
            new SimpleObjectProperty<>(this, "viewport", MapViewport.home(AlbersUsaProjection.create().bounds()));
    private final StringProperty selectedNodeId = new SimpleStringProperty(this, "selectedNodeId");
    private final ReadOnlyStringWrapper hoveredNodeId = new ReadOnlyStringWrapper(this, "hoveredNodeId");
    private final Tooltip tooltip = new Tooltip();
    private Consumer<String> onNodeClicked = id -> { };
    private UnaryOperator<String> tooltipText = id -> id;
    private MarkerLayout layout = MarkerLayout.place(List.of(), new ScreenTransform(1, 0, 0));
    private boolean dirty = true;
    private double pressX;
    private double pressY;
    private MapViewport pressViewport;
    private boolean dragged;

    public MapCanvas() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(800, 500);
        InvalidationListener repaint = o -> repaint();
        for (MapInk ink : MapInk.values()) {
            StyleableProperty<Paint> property = STYLE.createStyleablePaintProperty(this, ink.name(),
                    ink.cssProperty(), self -> self.inks.get(ink), ink.fallback());
            inks.put(ink, property);
            ((ObservableValue<?>) property).addListener(repaint);
        }
        map.addListener(repaint);
        markers.addListener(repaint);
        viewport.addListener(repaint);
        selectedNodeId.addListener(repaint);
        hoveredNodeId.addListener(repaint);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> setCursor(Cursor.DEFAULT));
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> hover(event.getX(), event.getY(), event));
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hover(-1, -1, event));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLE.getCssMetaData();
    }

    /** Drawing is deferred to layout, so several changes in one pulse paint once. */
    private void repaint() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (dirty || canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            ScreenTransform transform = viewport.get().transform(width, height);
            layout = MarkerLayout.place(markers.get(), transform);
            painter.paint(width, height, map.get(), transform, layout, selectedNodeId.get(), hoveredNodeId.get());
            dirty = false;
        }
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        pressX = event.getX();
        pressY = event.getY();
        pressViewport = viewport.get();
        dragged = false;
    }

    private void dragged(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || pressViewport == null) {
            return;
        }
        double dx = event.getX() - pressX;
        double dy = event.getY() - pressY;
        if (!dragged && Math.abs(dx) + Math.abs(dy) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        setCursor(Cursor.MOVE);
        tooltip.hide();
        viewport.set(pressViewport.pannedBy(dx, dy, getWidth(), getHeight()));
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && !dragged) {
            layout.hit(event.getX(), event.getY()).ifPresent(marker -> onNodeClicked.accept(marker.nodeId()));
        }
    }

    private void scrolled(ScrollEvent event) {
        double factor = Math.pow(WHEEL_ZOOM_BASE, event.getDeltaY());
        viewport.set(viewport.get().zoomedAt(factor, event.getX(), event.getY(), getWidth(), getHeight()));
        event.consume();
    }

    private void hover(double x, double y, MouseEvent event) {
        String id = x < 0 ? null : layout.hit(x, y).map(MapMarker::nodeId).orElse(null);
        if (Objects.equals(id, hoveredNodeId.get())) {
            return;
        }
        hoveredNodeId.set(id);
        setCursor(id == null ? Cursor.DEFAULT : Cursor.HAND);
        if (id == null) {
            tooltip.hide();
        } else {
            tooltip.setText(tooltipText.apply(id));
            tooltip.show(this, event.getScreenX() + TOOLTIP_OFFSET, event.getScreenY() + TOOLTIP_OFFSET);
        }
    }

    /** The base map (states and inset frames). */
    public ObjectProperty<ProjectedMap> mapProperty() {
        return map;
    }

    /** The markers in drawing order (later on top). */
    public ObjectProperty<List<MapMarker>> markersProperty() {
        return markers;
    }

    public ObjectProperty<MapViewport> viewportProperty() {
        return viewport;
    }

    /** The node drawn as chosen; null for none. */
    public StringProperty selectedNodeIdProperty() {
        return selectedNodeId;
    }

    /** The node under the pointer; null for none. */
    public ReadOnlyStringProperty hoveredNodeIdProperty() {
        return hoveredNodeId.getReadOnlyProperty();
    }

    /** Told the id of a marker the user clicked. */
    public void setOnNodeClicked(Consumer<String> action) {
        this.onNodeClicked = Objects.requireNonNull(action, "action");
    }

    /** The tooltip text of a node id. */
    public void setTooltipText(UnaryOperator<String> text) {
        this.tooltipText = Objects.requireNonNull(text, "text");
    }

    /** Where each marker was drawn last, in this control's coordinates: what a click is tested against. */
    public MarkerLayout markerLayout() {
        return layout;
    }
}
