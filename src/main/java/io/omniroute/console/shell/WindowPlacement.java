package io.omniroute.console.shell;

import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/** Remembers the window's size, position and maximized state, and puts it back only where a screen still is. */
final class WindowPlacement {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private WindowPlacement() {
    }

    static void restore(Stage stage, ConsolePreferences preferences) {
        double width = preferences.getDouble(WIDTH, 1400);
        double height = preferences.getDouble(HEIGHT, 880);
        stage.setWidth(width);
        stage.setHeight(height);
        double x = preferences.getDouble(X, Double.NaN);
        double y = preferences.getDouble(Y, Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && visible(x, y, width)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(preferences.get(MAXIMIZED, "false")));
    }

    static void remember(Stage stage, ConsolePreferences preferences) {
        preferences.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            preferences.put(X, format(stage.getX()));
            preferences.put(Y, format(stage.getY()));
            preferences.put(WIDTH, format(stage.getWidth()));
            preferences.put(HEIGHT, format(stage.getHeight()));
        }
    }

    /** The title bar lands on some screen: a monitor that was unplugged must not hide the window. */
    private static boolean visible(double x, double y, double width) {
        return !javafx.stage.Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(100, width / 4), 40))
                .isEmpty();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
