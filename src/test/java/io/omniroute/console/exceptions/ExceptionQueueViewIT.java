package io.omniroute.console.exceptions;

import static io.omniroute.console.exceptions.ExceptionScreen.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.Gestures;
import io.omniroute.console.planning.PlanningWorld;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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
 * The exception screen as the shell loads it, over a cache the real sync client fills from the real server: each
 * flow is worked from the keyboard as a planner would, its gestures counted and asserted (see {@link Gestures}), and
 * what it queues is followed through the backend and back into the queue.
 */
@ExtendWith(ApplicationExtension.class)
class ExceptionQueueViewIT {

    @TempDir
    Path folder;

    private Stage stage;
    private PlanningWorld world;
    private ExceptionScreen screen;

    @Start
    void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = primary;
    }

    @AfterEach
    void close() {
        if (screen != null) {
            screen.close();
        }
        if (world != null) {
            world.close();
        }
    }

    /**
     * One order holds every unit of a scarce SKU; {@code short} orders of one unit each get NO_STOCK; then the holder
     * gives {@code freed} units back, so the engine can place that many. Returns the short orders' ids.
     */
    private List<String> shortages(FxRobot robot, int shortOrders, int freed) throws Exception {
        return shortages(robot, shortOrders, 1, freed);
    }

    private List<String> shortages(FxRobot robot, int shortOrders, int units, int freed) throws Exception {
        world = PlanningWorld.start(folder);
        String sku = world.scarceSku();
        JsonNode holder = world.order(sku, world.totalAtp(sku));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < shortOrders; i++) {
            ids.add(world.order(sku, units).get("order_id").asText());
        }
        if (freed > 0) {
            world.command("CANCEL_LINES", holder.get("order_id").asText(), 1,
                    "{\"lines\": [{\"line_no\": 1, \"qty\": " + freed + "}]}");
        }
        world.sync();
        robot.interact(() -> screen = ExceptionScreen.open(stage, world.data, folder.resolve("exports")));
        await(() -> queue(robot).getItems().size() == shortOrders);
        return ids;
    }

    private static TableView<QueueItem> queue(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static TableView<DetailRows.Alternative> alternatives(FxRobot robot) {
        return robot.lookup("#alternativesTable").queryTableView();
    }

    private List<OutboxCommand> outbox(OutboxState state) {
        return world.store.commands(List.of(state));
    }

    private void awaitAlternatives(FxRobot robot) throws Exception {
        await(() -> !alternatives(robot).getItems().isEmpty());
    }

    /** Down to the first row, 1 for its optimum, Enter with the preset reason; waits for the command. */
    private void applyTheOptimum(FxRobot robot) throws Exception {
        robot.type(KeyCode.DOWN);
        awaitAlternatives(robot);
        robot.type(KeyCode.DIGIT1);
        await(() -> robot.lookup("#applyPlanButton").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        await(() -> outbox(OutboxState.PENDING).size() == 1);
    }

    @Test
    void anExceptionIsResolvedByAnAlternativeInThreeKeys(FxRobot robot) throws Exception {
        String orderId = shortages(robot, 1, 1).get(0);
        Gestures user = new Gestures(robot);

        user.flow("resolve by alternative");
        user.key(KeyCode.DOWN);
        awaitAlternatives(robot);
        user.key(KeyCode.DIGIT1);
        await(() -> robot.lookup("#applyPlanButton").tryQuery().isPresent());
        user.key(KeyCode.ENTER);
        await(() -> outbox(OutboxState.PENDING).size() == 1);
        user.done(3);

        OutboxCommand reroute = outbox(OutboxState.PENDING).get(0);
        assertThat(reroute.type()).isEqualTo("REROUTE");
        assertThat(reroute.target()).isEqualTo(orderId);
        assertThat(reroute.reason()).isEqualTo("STOCK");
        world.sync();
        await(() -> queue(robot).getItems().isEmpty());
        assertThat(world.backendOrder(orderId).get("status").asText()).isEqualTo("SOURCED");
    }

    @Test
    void anExceptionIsResolvedByAHandBuiltPlanInFourGestures(FxRobot robot) throws Exception {
        String orderId = shortages(robot, 1, 1).get(0);
        Gestures user = new Gestures(robot);

        user.flow("resolve by a hand-built plan");
        user.key(KeyCode.DOWN);
        awaitAlternatives(robot);
        user.key(KeyCode.E);
        await(() -> robot.lookup("#split-1").tryQuery().isPresent());
        user.click("#split-1");
        WaitForAsyncUtils.waitForFxEvents();
        Button apply = robot.lookup("#applyEditedPlanButton").queryButton();
        await(() -> !apply.isDisabled());
        user.click(apply);
        await(() -> outbox(OutboxState.PENDING).size() == 1);
        user.done(4);

        assertThat(outbox(OutboxState.PENDING).get(0).payloadJson()).startsWith("{\"lines\":[{\"line_no\":1,\"qty\":1,");
        world.sync();
        await(() -> queue(robot).getItems().isEmpty());
        assertThat(world.backendOrder(orderId).get("events").toString()).contains("REROUTED");
    }

    @Test
    void aHandBuiltPlanThatWouldOversellCannotBeApplied(FxRobot robot) throws Exception {
        shortages(robot, 1, 2, 1);
        robot.type(KeyCode.DOWN);
        awaitAlternatives(robot);
        robot.type(KeyCode.E);
        await(() -> robot.lookup("#split-1").tryQuery().isPresent());

        robot.clickOn("#split-1");

        WaitForAsyncUtils.waitForFxEvents();
        Spinner<Integer> qty = robot.lookup("#qty-1-0").query();
        assertThat(qty.getValue()).isEqualTo(2);
        Button apply = robot.lookup("#applyEditedPlanButton").queryButton();
        Label problems = robot.lookup("#planProblems").query();
        await(() -> apply.isDisabled() && problems.getText().contains("has ATP 1 of"));
        robot.interact(() -> qty.getValueFactory().setValue(1));
        await(() -> !apply.isDisabled() && problems.getText().isEmpty());
        robot.type(KeyCode.ESCAPE);
        assertThat(outbox(OutboxState.PENDING)).isEmpty();
    }

    @Test
    void selectedExceptionsAreReSourcedInBulkAfterAPreview(FxRobot robot) throws Exception {
        List<String> orders = shortages(robot, 3, 2);
        Gestures user = new Gestures(robot);

        user.flow("bulk re-source 3 orders");
        user.chord(KeyCode.CONTROL, KeyCode.A).chord(KeyCode.CONTROL, KeyCode.B);
        await(() -> robot.lookup("#bulkPreviewButton").tryQuery().isPresent());
        user.click("#bulkPreviewButton");
        Label summary = robot.lookup("#bulkSummary").query();
        await(() -> summary.getText().startsWith("2 of 3 orders placed in full"));
        user.click("#bulkApplyButton");
        await(() -> outbox(OutboxState.PENDING).size() == 2);
        user.done(4);

        world.sync();
        TableView<BulkOutcome> outcomes = robot.lookup("#bulkOutcomes").queryTableView();
        await(() -> outcomes.getItems().stream().filter(o -> o.status().equals("applied")).count() == 2);
        assertThat(outcomes.getItems()).filteredOn(o -> o.verdict() == BulkOutcome.Verdict.OPEN).singleElement()
                .satisfies(open -> assertThat(open.why()).isNotBlank());
        robot.type(KeyCode.ESCAPE);
        await(() -> queue(robot).getItems().size() == 1);
        assertThat(orders).contains(queue(robot).getItems().get(0).orderId());
    }

    @Test
    void aRerouteDecidedOfflineIsSentWhenTheBackendIsBack(FxRobot robot) throws Exception {
        String orderId = shortages(robot, 1, 1).get(0);
        world.server.stop();

        applyTheOptimum(robot);
        assertThat(queue(robot).getItems()).anyMatch(item -> item.orderId().equals(orderId));

        world.server.restart();
        world.sync();

        await(() -> queue(robot).getItems().isEmpty());
        assertThat(outbox(OutboxState.APPLIED)).extracting(OutboxCommand::type).containsExactly("REROUTE");
    }

    @Test
    void aConflictWithAnotherPlannerShowsInTheQueueAndIsAppliedAgainWithOneKey(FxRobot robot) throws Exception {
        String orderId = shortages(robot, 1, 1).get(0);
        applyTheOptimum(robot);
        world.command("BACKORDER", orderId, 1, "{\"lines\": [{\"line_no\": 1, \"qty\": 1}]}");

        world.sync();

        await(() -> queue(robot).getItems().stream().anyMatch(item -> item.kind() == ExceptionKind.CONFLICT));
        AtomicReference<Integer> conflictRow = new AtomicReference<>();
        robot.interact(() -> {
            List<QueueItem> rows = queue(robot).getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).kind() == ExceptionKind.CONFLICT) {
                    conflictRow.set(i);
                }
            }
            queue(robot).getSelectionModel().clearAndSelect(conflictRow.get());
            queue(robot).requestFocus();
        });
        robot.type(KeyCode.A);
        await(() -> outbox(OutboxState.PENDING).size() == 1);
        world.sync();
        await(() -> queue(robot).getItems().isEmpty());
        assertThat(world.backendOrder(orderId).get("status").asText()).isEqualTo("SOURCED");
    }

    @Test
    void takeNextTakesTheFirstExceptionNobodyHasInOneKey(FxRobot robot) throws Exception {
        shortages(robot, 2, 0);
        Gestures user = new Gestures(robot);

        user.flow("take the next exception");
        user.key(KeyCode.N);
        await(() -> outbox(OutboxState.PENDING).size() == 1);
        user.done(1);

        assertThat(outbox(OutboxState.PENDING).get(0).type()).isEqualTo("TAKE_EXCEPTION");
        world.sync();
        await(() -> queue(robot).getItems().stream().anyMatch(item -> item.takenBy("plan")));
    }

    @Test
    void aNewExceptionArrivingKeepsThePlannersSelection(FxRobot robot) throws Exception {
        List<String> orders = shortages(robot, 2, 0);
        robot.clickOn("Age");
        await(() -> queue(robot).getItems().get(0).orderId().equals(orders.get(1)));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        await(() -> queue(robot).getSelectionModel().getSelectedItems().size() == 2);

        String sku = queue(robot).getItems().get(0).sku();
        world.order(sku, 1);
        world.sync();

        await(() -> queue(robot).getItems().size() == 3);
        assertThat(queue(robot).getItems().get(0).orderId()).as("the newest exception comes first")
                .isNotIn(orders);
        assertThat(queue(robot).getSelectionModel().getSelectedItems()).extracting(QueueItem::orderId)
                .containsExactlyInAnyOrderElementsOf(orders);
    }

    @Test
    void questionMarkListsTheScreensShortcuts(FxRobot robot) throws Exception {
        shortages(robot, 1, 0);

        robot.push(KeyCode.SHIFT, KeyCode.SLASH);

        await(() -> robot.lookup("#exceptionShortcuts").tryQuery().isPresent());
    }
}
