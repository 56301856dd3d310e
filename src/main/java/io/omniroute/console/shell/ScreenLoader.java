package io.omniroute.console.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML views with the one controller factory: a controller is built by its constructor that takes the
 * {@link ConsoleContext}, or else by its no-argument constructor. No DI framework: constructor injection suffices.
 */
public final class ScreenLoader {

    private final ConsoleContext context;

    public ScreenLoader(ConsoleContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(String fxml) {
        URL resource = ScreenLoader.class.getResource(fxml);
        if (resource == null) {
            throw new IllegalStateException("the view " + fxml + " is missing from the application's resources");
        }
        FXMLLoader loader = new FXMLLoader(resource);
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the view " + fxml, e);
        }
    }

    private Object controller(Class<?> type) {
        try {
            try {
                Constructor<?> withContext = type.getConstructor(ConsoleContext.class);
                return withContext.newInstance(context);
            } catch (NoSuchMethodException e) {
                return type.getConstructor().newInstance();
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the controller " + type.getName() + " failed to start: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the controller " + type.getName() + " needs a public constructor"
                    + " taking a ConsoleContext, or none", e);
        }
    }
}
