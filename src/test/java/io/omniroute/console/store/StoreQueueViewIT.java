package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.omniroute.console.Gestures;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.shell.ConsoleUser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The store queue as the shell loads it, over a real cache that a test plays the backend into: every step goes to
 * the outbox, and the next pickup version arrives through the feed as the sync client would apply it. Each flow
 * counts the user's clicks and key presses (see {@link Gestures}); the counts are asserted, so a change that costs
 * the store manager a click shows up here.
 */
@ExtendWith(ApplicationExtension.class)
class StoreQueueViewIT {

    private static final Instant NOW = Pickups.NOW;

    @TempDir
    static Path dir;
    private static int cacheNumber;

    private StoreScreen screen;
    private H2LocalStore store;
    private long seq = 100;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        screen = StoreScreen.open(stage, dir.resolve("cache-" + ++cacheNumber),
                new ConsoleUser("mgr", ConsoleUser.STORE_MANAGER, Optional.of("ST-1")));
        store = screen.store;
    }

    @AfterEach
    void close() {
        screen.close();
    }

    @Test
    void anOrderGoesFromNewThroughPickingAndReadyToCollected(FxRobot robot) throws TimeoutException {
        Gestures user = new Gestures(robot);
        waitFor(() -> tabTitle(robot, 0).equals("New (1)") && tabTitle(robot, 1).equals("Picking (1)"));

        user.flow("accept");
        clickRow(user, robot, "O-1").key(KeyCode.A);
        OutboxCommand accept = waitForCommand("PICKUP_ACCEPT", "O-1");
        assertThat(accept.expectedVersion()).isEqualTo(1);
        assertThat(accept.payloadJson()).isEqualTo("{}");
        waitFor(() -> row(robot, "O-1").map(QueueRow::pending).orElse(false));
        assertThat(robot.lookup(".pending-mark").tryQuery()).isPresent();
        backendApplies(accept, 2, "ACCEPTED", null);
        waitFor(() -> tabTitle(robot, 0).equals("New (0)") && tabTitle(robot, 1).equals("Picking (2)"));
        user.done(2);

        user.flow("mark ready (all lines)");
        clickRow(clickTab(user, robot, 1), robot, "O-1").key(KeyCode.R);
        waitFor(() -> robot.lookup("#readyOkButton").tryQuery().isPresent());
        user.key(KeyCode.ENTER);
        OutboxCommand ready = waitForCommand("PICKUP_READY", "O-1");
        assertThat(ready.expectedVersion()).isEqualTo(2);
        assertThat(ready.payloadJson()).isEqualTo("{}");
        backendApplies(ready, 3, "READY", NOW.minus(Duration.ofMinutes(10)));
        waitFor(() -> tabTitle(robot, 2).equals("Ready for pickup (1)"));
        user.done(4);

        user.flow("collected");
        clickRow(clickTab(user, robot, 2), robot, "O-1").key(KeyCode.C);
        OutboxCommand collected = waitForCommand("PICKUP_COLLECTED", "O-1");
        assertThat(collected.expectedVersion()).isEqualTo(3);
        backendApplies(collected, 4, "COLLECTED", NOW.minus(Duration.ofMinutes(10)));
        waitFor(() -> tabTitle(robot, 3).equals("Collected today (1)") && tabTitle(robot, 2).equals(
                "Ready for pickup (0)"));
        user.done(3);
    }

    @Test
    void aPartialRejectionSendsTheChosenLinesAndReasonAfterAConfirmation(FxRobot robot) throws TimeoutException {
        Gestures user = new Gestures(robot);
        waitFor(() -> tabTitle(robot, 1).equals("Picking (1)"));

        user.flow("reject 1 of 2 units of one line");
        clickRow(clickTab(user, robot, 1), robot, "O-2").key(KeyCode.X);
        waitFor(() -> robot.lookup("#rejectOkButton").tryQuery().isPresent());
        assertThat(robot.lookup(".store-dialog .explanation").queryLabeled().getText())
                .contains("the pickup does not move until the customer decides");
        user.click("#rejectQty-O-2-1 .increment-arrow-button").click("#reason-NOT_FOUND").click("#rejectOkButton");
        waitFor(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        user.click("#confirmButton");

        OutboxCommand reject = waitForCommand("PICKUP_REJECT", "O-2");
        assertThat(reject.expectedVersion()).isEqualTo(1);
        assertThat(reject.payloadJson())
                .isEqualTo("{\"lines\":[{\"line_no\":1,\"qty\":1}],\"reason_code\":\"NOT_FOUND\"}");
        waitFor(() -> row(robot, "O-2").map(QueueRow::pending).orElse(false));
        user.done(7);
    }

    @Test
    void aNoShowWaitsForTheHoldAndIsConfirmed(FxRobot robot) throws TimeoutException {
        Gestures user = new Gestures(robot);
        store.applyPage(List.of(StoreFeed.pickup(++seq, "O-3", 2, "ST-1", "READY",
                NOW.minus(Duration.ofHours(80)), NOW.minus(Duration.ofHours(75)))), seq);
        waitFor(() -> tabTitle(robot, 2).equals("Ready for pickup (1)"));

        user.flow("no-show");
        clickRow(clickTab(user, robot, 2), robot, "O-3").key(KeyCode.N);
        waitFor(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        user.key(KeyCode.ENTER);

        OutboxCommand noShow = waitForCommand("PICKUP_NO_SHOW", "O-3");
        assertThat(noShow.expectedVersion()).isEqualTo(2);
        user.done(4);
    }

    @Test
    void aPickListListsTheSelectedOrdersLinesBySkuAndSaysWhenThereIsNoPrinter(FxRobot robot)
            throws TimeoutException {
        Gestures user = new Gestures(robot);
        waitFor(() -> tabTitle(robot, 0).equals("New (1)"));

        user.flow("pick list of one order, print");
        clickRow(user, robot, "O-1").key(KeyCode.P);
        waitFor(() -> robot.lookup("#pickListTable").tryQuery().isPresent());
        TableView<PickList.Line> lines = robot.lookup("#pickListTable").queryTableView();
        assertThat(lines.getItems()).extracting(PickList.Line::sku).containsExactly("SKU-1", "SKU-2");
        user.click("#printButton");
        waitFor(() -> robot.lookup("#pickListStatus").queryLabeled().getText().startsWith("No printer"));
        user.done(3);
    }

    @Test
    void theTableFollowsTheTabBackAndForth(FxRobot robot) throws TimeoutException {
        Gestures user = new Gestures(robot);
        waitFor(() -> tabTitle(robot, 0).equals("New (1)"));

        clickRow(clickTab(clickTab(user, robot, 1), robot, 0), robot, "O-1");

        waitFor(() -> robot.lookup("#acceptButton").queryButton().isDisabled() == false);
        assertThat(robot.lookup("#queueTable").queryTableView().getSelectionModel().getSelectedItems())
                .extracting(item -> ((QueueRow) item).orderId()).containsExactly("O-1");
    }

    @Test
    void anotherStoresPickupNeverShowsOnAnyTab(FxRobot robot) throws TimeoutException {
        waitFor(() -> tabTitle(robot, 0).equals("New (1)"));
        assertThat(robot.lookup("#storePicker").tryQuery()).isEmpty();
        store.applyPage(List.of(StoreFeed.pickup(++seq, "O-9", 5, "ST-2", "READY", NOW, NOW)), seq);

        for (int tab = 0; tab < QueueTab.values().length; tab++) {
            int index = tab;
            robot.interact(() -> tabs(robot).getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(row(robot, "O-9")).isEmpty();
        }
        assertThat(tabTitle(robot, 2)).isEqualTo("Ready for pickup (0)");
    }

    // --- the backend and the cache ----------------------------------------------------------------------------

    /** What the sync client does when the backend answers 200 and then feeds the pickup's next version. */
    private void backendApplies(OutboxCommand command, long version, String status, Instant readyAt) {
        store.markApplied(command.id(), version, NOW);
        store.applyPage(List.of(StoreFeed.nextVersion(++seq, command.target(), version, status, readyAt)), seq);
    }

    private OutboxCommand waitForCommand(String type, String target) throws TimeoutException {
        waitFor(() -> find(type, target).isPresent());
        return find(type, target).orElseThrow();
    }

    private Optional<OutboxCommand> find(String type, String target) {
        return store.commands(List.of(OutboxState.PENDING)).stream()
                .filter(command -> command.type().equals(type) && command.target().equals(target)).findFirst();
    }

    // --- the screen -------------------------------------------------------------------------------------------

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#tabs").queryAs(TabPane.class);
    }

    private static String tabTitle(FxRobot robot, int index) {
        return tabs(robot).getTabs().get(index).getText();
    }

    private static Optional<QueueRow> row(FxRobot robot, String orderId) {
        TableView<QueueRow> table = robot.lookup("#queueTable").queryTableView();
        return table.getItems().stream().filter(row -> row.orderId().equals(orderId)).findFirst();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The user's clicks and key presses, counted per flow: the figures the store manager pays for each step. */

    private static Gestures clickRow(Gestures user, FxRobot robot, String orderId) {
        Node row = robot.lookup("#queueTable .table-row-cell").match((TableRow<QueueRow> candidate) ->
                candidate.getItem() != null && candidate.getItem().orderId().equals(orderId)).query();
        return user.click(row);
    }

    private static Gestures clickTab(Gestures user, FxRobot robot, int index) {
        return user.click(robot.lookup(".tab-header-area .tab").nth(index).query());
    }
}
