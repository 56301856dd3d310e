package io.omniroute.console.exceptions;

import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.ConsoleUser;
import io.omniroute.console.shell.Navigator;
import io.omniroute.console.shell.Screen;
import io.omniroute.console.shell.Target;
import io.omniroute.console.task.FxTaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The exception screen as the shell opens it (its Screen entry, the controller factory, the FX executor). */
final class ExceptionScreen implements AutoCloseable {

    private static final Navigator NO_NAVIGATION = new Navigator() {
        @Override
        public void show(Screen screen) {
        }

        @Override
        public void reveal(Target target) {
        }
    };

    final ExceptionQueueView view;
    private final FxTaskExecutor executor;

    private ExceptionScreen(ExceptionQueueView view, FxTaskExecutor executor) {
        this.view = view;
        this.executor = executor;
    }

    /** Call on the FX thread. */
    static ExceptionScreen open(Stage stage, ConsoleData data, Path exports) {
        FxTaskExecutor executor = FxTaskExecutor.create();
        ConsoleContext context = new ConsoleContext(data, executor, Clock.systemUTC(), NO_NAVIGATION,
                ConsolePreferences.inMemory(), exports, new ConsoleUser("plan", ConsoleUser.PLANNER,
                        Optional.empty()));
        FXMLLoader loader = new FXMLLoader(ExceptionQueueView.class.getResource(Screen.EXCEPTIONS.fxml()));
        loader.setControllerFactory(type -> {
            try {
                return type.getConstructor(ConsoleContext.class).newInstance(context);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        });
        try {
            Parent root = loader.load();
            stage.setScene(new Scene(root, 1500, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stage.show();
        stage.requestFocus();
        ExceptionQueueView view = loader.getController();
        view.shown();
        return new ExceptionScreen(view, executor);
    }

    /** Waits up to a minute for the condition, looking on the FX thread. */
    static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        executor.close();
    }
}
