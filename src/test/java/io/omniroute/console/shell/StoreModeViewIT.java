package io.omniroute.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.backend.ConsoleBackend;
import io.omniroute.cache.EntityTable;
import io.omniroute.console.task.FxTaskExecutor;
import io.omniroute.sync.LoopbackServer;
import io.omniroute.sync.Password;
import io.omniroute.sync.RetryPolicy;
import io.omniroute.sync.SyncSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A store manager's console: straight into their store's queue, nothing of the planner's screens or other stores. */
@ExtendWith(ApplicationExtension.class)
class StoreModeViewIT {

    @TempDir
    Path folder;

    private LoopbackServer server;
    private MainWindowViewModel model;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        server = LoopbackServer.start(folder.resolve("server"));
        SyncSettings settings = SyncSettings.of(server.url(), LoopbackServer.STORE_MANAGER,
                Password.of(LoopbackServer.PASSWORD.toCharArray()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30))
                .withRetry(new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(500), 0.5),
                        Duration.ofMillis(20), Duration.ofMillis(200));
        executor = FxTaskExecutor.create();
        ConsolePreferences preferences = ConsolePreferences.inMemory();
        preferences.put(MainWindowViewModel.SCREEN_KEY, Screen.INVENTORY.name());
        model = new MainWindowViewModel(executor, preferences);
        MainWindowView view = new MainWindowView(model, executor, preferences, Clock.systemUTC(),
                folder.resolve("exports"));
        stage.setScene(new Scene(ConsoleApp.mainWindow(view), 1400, 900));
        stage.show();
        model.start(progress -> ConsoleSession.open(
                opened -> ConsoleBackend.remote(folder.resolve("data"), settings), progress::accept));
    }

    @AfterEach
    void stop() {
        ConsoleSession session = model.sessionProperty().get();
        if (session != null) {
            session.close();
        }
        executor.close();
        server.close();
    }

    @Test
    void aStoreManagerOpensOnTheirStoreQueueWithNoPlannerScreens(FxRobot robot) throws Exception {
        await(() -> model.phaseProperty().get() == StartPhase.READY);

        assertThat(model.userProperty().get()).isEqualTo(new ConsoleUser(LoopbackServer.STORE_MANAGER,
                ConsoleUser.STORE_MANAGER, Optional.of(LoopbackServer.pickupStore(server.scenario))));
        assertThat(model.screenProperty().get()).as("the remembered planner screen is not offered")
                .isEqualTo(Screen.STORE);
        assertThat(robot.lookup("#navStore").tryQuery()).isPresent();
        assertThat(robot.lookup("#navNetwork").tryQuery()).isEmpty();
        assertThat(robot.lookup("#navInventory").tryQuery()).isEmpty();
        await(() -> robot.lookup("#userLabel").queryAs(Label.class).getText().contains("STORE_MANAGER"));

        model.show(Screen.NETWORK);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.STORE);
    }

    @Test
    void theStoreManagersCacheHoldsOnlyTheirStoresInventory(FxRobot robot) throws Exception {
        await(() -> model.phaseProperty().get() == StartPhase.READY);
        String store = LoopbackServer.pickupStore(server.scenario);
        ConsoleSession session = model.sessionProperty().get();
        await(() -> session.data().store().stats().entities().getOrDefault(EntityTable.NODE, 0L)
                == server.scenario.nodes().size());

        long otherStores = session.data().positions().read(view -> {
            long count = 0;
            for (int row = 0; row < view.rows(); row++) {
                if (view.live(row) && !view.nodeId(view.node(row)).equals(store)) {
                    count++;
                }
            }
            return count;
        });
        assertThat(otherStores).as("positions of nodes other than " + store).isZero();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
