package io.omniroute.console.shell;

import io.omniroute.backend.ConsoleBackend;
import io.omniroute.console.task.FxTaskExecutor;
import io.omniroute.sync.LoopbackServer;
import io.omniroute.sync.Password;
import io.omniroute.sync.RetryPolicy;
import io.omniroute.sync.SyncSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a stage, started as a user of a {@link LoopbackServer}, with quick sync timings. */
final class LoopbackConsole implements AutoCloseable {

    final MainWindowViewModel model;
    private final FxTaskExecutor executor;

    private LoopbackConsole(MainWindowViewModel model, FxTaskExecutor executor) {
        this.model = model;
        this.executor = executor;
    }

    static LoopbackConsole show(Stage stage, LoopbackServer server, String user, ConsolePreferences preferences,
            Path folder) {
        SyncSettings settings = SyncSettings.of(server.url(), user, Password.of(LoopbackServer.PASSWORD
                .toCharArray()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30))
                .withRetry(new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(500), 0.5),
                        Duration.ofMillis(20), Duration.ofMillis(200));
        FxTaskExecutor executor = FxTaskExecutor.create();
        MainWindowViewModel model = new MainWindowViewModel(executor, preferences);
        MainWindowView view = new MainWindowView(model, executor, preferences, Clock.systemUTC(),
                folder.resolve("exports"));
        stage.setScene(new Scene(ConsoleApp.mainWindow(view), 1400, 900));
        ConsoleApp.applyTheme(false);
        stage.show();
        stage.requestFocus();
        model.start(progress -> ConsoleSession.open(
                opened -> ConsoleBackend.remote(folder.resolve("data"), settings), progress::accept));
        return new LoopbackConsole(model, executor);
    }

    ConsoleSession session() {
        return model.sessionProperty().get();
    }

    /**
     * Waits up to a minute for the condition, looking on the FX thread: a look from the test thread could see a
     * property the FX thread has set while its listeners (which build the controls) are still running.
     */
    static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        ConsoleSession session = session();
        if (session != null) {
            session.close();
        }
        executor.close();
    }
}
