package io.omniroute.console.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.omniroute.console.task.FxTaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop console. Started through {@link #launch(ConsoleStart)} from a plain class, since a main class that
 * extends Application fails on the classpath ("JavaFX runtime components are missing").
 */
public final class ConsoleApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    private static final String STYLESHEET = "/css/console.css";
    private static final String ICON = "/icons/omniroute-256.png";
    private static volatile ConsoleStart pending;

    private FxTaskExecutor executor;
    private MainWindowViewModel model;
    private ConsolePreferences preferences;

    /** Opens the window and blocks until it is closed. */
    public static void launch(ConsoleStart start) {
        pending = Objects.requireNonNull(start, "start");
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        ConsoleStart start = Objects.requireNonNull(pending, "ConsoleApp.launch(start) was not called");
        executor = FxTaskExecutor.create();
        preferences = ConsolePreferences.in(start.dataDir());
        model = new MainWindowViewModel(executor, preferences);
        Parent root = mainWindow(new MainWindowView(model, executor, preferences, Clock.systemUTC(),
                start.dataDir().resolve("exports")));
        applyTheme(model.darkProperty().get());
        model.darkProperty().addListener((observable, before, dark) -> applyTheme(dark));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(ConsoleApp.class.getResource(STYLESHEET),
                STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Omniroute · " + start.description());
        try (InputStream icon = ConsoleApp.class.getResourceAsStream(ICON)) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (IOException e) {
            LOG.debug("no window icon: {}", e.getMessage());
        }
        WindowPlacement.restore(stage, preferences);
        stage.setOnCloseRequest(event -> WindowPlacement.remember(stage, preferences));
        stage.show();
        model.start(progress -> ConsoleSession.open(start.opener(), progress::accept));
    }

    static Parent mainWindow(MainWindowView controller) {
        FXMLLoader loader = new FXMLLoader(ConsoleApp.class.getResource("/fxml/shell/MainWindow.fxml"));
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window", e);
        }
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void stop() {
        try {
            preferences.save();
        } catch (UncheckedIOException e) {
            LOG.warn("could not save the console settings: {}", e.getMessage());
        }
        ConsoleSession session = model.sessionProperty().get();
        if (session != null) {
            session.close();
        }
        executor.close();
    }
}
