package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.omniroute.console.shell.ConsoleUser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A planner opens the store queue: a picker of the pickup stores, and one store's pickups at a time. */
@ExtendWith(ApplicationExtension.class)
class StoreQueuePlannerViewIT {

    @TempDir
    Path dir;

    private StoreScreen screen;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        screen = StoreScreen.open(stage, dir, new ConsoleUser("ana", ConsoleUser.PLANNER, Optional.empty()));
    }

    @AfterEach
    void close() {
        screen.close();
    }

    @Test
    void aPlannerChoosesAPickupStoreAndSeesOnlyItsPickups(FxRobot robot) throws TimeoutException {
        @SuppressWarnings("unchecked")
        SearchableComboBox<StoreChoice> picker = (SearchableComboBox<StoreChoice>) robot.lookup("#storePicker")
                .query();
        assertThat(picker.isVisible()).isTrue();
        assertThat(picker.getItems()).extracting(StoreChoice::nodeId).containsExactly("ST-1", "ST-2");
        waitFor(() -> robot.lookup("#summaryLabel").queryAs(Label.class).getText()
                .equals("Choose a store to see its pickups."));

        robot.interact(() -> picker.setValue(picker.getItems().get(1)));

        waitFor(() -> newTabTitle(robot).equals("New (1)"));
        TableView<QueueRow> table = robot.lookup("#queueTable").queryTableView();
        assertThat(table.getItems()).extracting(QueueRow::orderId).containsExactly("O-9");
        assertThat(table.getItems().get(0).channel()).isEqualTo("web");
    }

    private static String newTabTitle(FxRobot robot) {
        return robot.lookup("#tabs").queryAs(TabPane.class).getTabs().get(0).getText();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
