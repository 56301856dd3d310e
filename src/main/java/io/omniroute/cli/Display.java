package io.omniroute.cli;

import java.util.Locale;
import java.util.function.Function;

/** Whether a window can open: on Linux and other X11/Wayland systems only with a display to draw on. */
final class Display {

    private Display() {
    }

    static boolean available(Function<String, String> environment) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return present(environment.apply("DISPLAY")) || present(environment.apply("WAYLAND_DISPLAY"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
