package io.omniroute.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.EntityTable;
import io.omniroute.sync.LoopbackServer;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A store manager's console: straight into their store's queue, nothing of the planner's screens or other stores. */
@ExtendWith(ApplicationExtension.class)
class StoreModeViewIT {

    @TempDir
    Path folder;

    private LoopbackServer server;
    private MainWindowViewModel model;
    private LoopbackConsole console;

    @Start
    void start(Stage stage) throws Exception {
        server = LoopbackServer.start(folder.resolve("server"));
        ConsolePreferences preferences = ConsolePreferences.inMemory();
        preferences.put(MainWindowViewModel.SCREEN_KEY, Screen.INVENTORY.name());
        console = LoopbackConsole.show(stage, server, LoopbackServer.STORE_MANAGER, preferences, folder);
        model = console.model;
    }

    @AfterEach
    void stop() {
        console.close();
        server.close();
    }

    @Test
    void aStoreManagerOpensOnTheirStoreQueueWithNoPlannerScreens(FxRobot robot) throws Exception {
        LoopbackConsole.await(() -> model.phaseProperty().get() == StartPhase.READY);

        assertThat(model.userProperty().get()).isEqualTo(new ConsoleUser(LoopbackServer.STORE_MANAGER,
                ConsoleUser.STORE_MANAGER, Optional.of(LoopbackServer.pickupStore(server.scenario))));
        assertThat(model.screenProperty().get()).as("the remembered planner screen is not offered")
                .isEqualTo(Screen.STORE);
        assertThat(robot.lookup("#navStore").tryQuery()).isPresent();
        assertThat(robot.lookup("#navNetwork").tryQuery()).isEmpty();
        assertThat(robot.lookup("#navInventory").tryQuery()).isEmpty();
        LoopbackConsole.await(() -> robot.lookup("#userLabel").queryAs(Label.class).getText().contains("STORE_MANAGER"));

        model.show(Screen.NETWORK);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.STORE);
    }

    @Test
    void theStoreManagersCacheHoldsOnlyTheirStoresInventory(FxRobot robot) throws Exception {
        LoopbackConsole.await(() -> model.phaseProperty().get() == StartPhase.READY);
        String store = LoopbackServer.pickupStore(server.scenario);
        ConsoleSession session = console.session();
        LoopbackConsole.await(() -> session.data().store().stats().entities().getOrDefault(EntityTable.NODE, 0L)
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
}
