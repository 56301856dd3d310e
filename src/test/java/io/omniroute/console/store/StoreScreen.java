package io.omniroute.console.store;

import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.ConsoleUser;
import io.omniroute.console.shell.Navigator;
import io.omniroute.console.shell.Screen;
import io.omniroute.console.shell.Target;
import io.omniroute.console.task.FxTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The store screen as the shell opens it (FXML, controller factory, FX executor) over a seeded cache. */
final class StoreScreen implements AutoCloseable {

    /** Where the shell loads the screen from (its Screen entry points here). */
    static final String FXML = "/fxml/store/StoreQueue.fxml";

    private static final Navigator NO_NAVIGATION = new Navigator() {
        @Override
        public void show(Screen screen) {
        }

        @Override
        public void reveal(Target target) {
        }
    };

    final H2LocalStore store;
    private final ConsoleData data;
    private final FxTaskExecutor executor;

    private StoreScreen(H2LocalStore store, ConsoleData data, FxTaskExecutor executor) {
        this.store = store;
        this.data = data;
        this.executor = executor;
    }

    /** Call on the FX thread (a TestFX {@code @Start}). */
    static StoreScreen open(Stage stage, Path cacheDir, ConsoleUser user) throws IOException {
        H2LocalStore store = H2LocalStore.on(CacheDatabase.open(cacheDir), Clock.systemUTC());
        store.applyPage(StoreFeed.seed(Pickups.NOW), 50);
        ConsoleData data = ConsoleData.over(store, ZipDirectory.bundled());
        data.load(read -> { });
        FxTaskExecutor executor = FxTaskExecutor.create();
        ConsoleContext context = new ConsoleContext(data, executor, Clock.fixed(Pickups.NOW, ZoneOffset.UTC),
                NO_NAVIGATION, ConsolePreferences.inMemory(), cacheDir, user);
        FXMLLoader loader = new FXMLLoader(StoreQueueView.class.getResource(FXML));
        loader.setControllerFactory(type -> construct(type, context));
        Parent root = loader.load();
        StoreQueueView view = loader.getController();
        stage.setScene(new Scene(root, 1500, 850));
        stage.show();
        stage.requestFocus();
        view.shown();
        return new StoreScreen(store, data, executor);
    }

    /** What the shell's controller factory does: the public constructor taking the context. */
    private static Object construct(Class<?> type, ConsoleContext context) {
        try {
            return type.getConstructor(ConsoleContext.class).newInstance(context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    @Override
    public void close() {
        executor.close();
        data.close();
        store.close();
    }
}
