package io.omniroute.console.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.omniroute.cache.CachedOrder;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.Navigator;
import io.omniroute.console.shell.Screen;
import io.omniroute.console.shell.ScreenLoader;
import io.omniroute.console.shell.ScreenView;
import io.omniroute.console.shell.Target;
import io.omniroute.console.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The What-if screen as the shell loads it (its FXML through the shell's loader, the FX task executor) over a cache
 * the real sync client filled from the real server. The main flow is a user's: open the screen, build a variant,
 * run it, open a changed order; its time and clicks and keys are logged (docs/BENCHMARKS.md).
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfViewIT {

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfViewIT.class);
    private static final Navigator NO_NAVIGATION = new Navigator() {
        @Override
        public void show(Screen screen) {
        }

        @Override
        public void reveal(Target target) {
        }
    };

    @TempDir
    static Path folder;
    private static CachedBackend backend;

    private FxTaskExecutor executor;
    private ScreenView view;
    private long openedAt;

    @BeforeAll
    static void backend() throws Exception {
        backend = CachedBackend.start(folder, 4);
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = FxTaskExecutor.create();
        ConsoleContext context = new ConsoleContext(backend.data, executor, Clock.systemUTC(), NO_NAVIGATION,
                ConsolePreferences.inMemory(), folder.resolve("exports"));
        ScreenLoader.Loaded<ScreenView> loaded = new ScreenLoader(context).load(Screen.WHATIF.fxml());
        view = loaded.controller();
        stage.setScene(new Scene(loaded.root(), 1500, 950));
        stage.show();
        stage.requestFocus();
        openedAt = System.nanoTime();
        view.shown();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void aVariantIsBuiltRunAndAChangedOrderOpenedWithBothExplanations(FxRobot robot) throws TimeoutException {
        Gestures user = new Gestures(robot);
        String busiest = busiestNode();
        waitFor(() -> label(robot, "#summaryLabel").contains("200 orders"));

        user.key(KeyCode.CONTROL, KeyCode.N).type("Close " + busiest);
        user.key(KeyCode.ALT, KeyCode.N).click("#nodePicker").type(busiest).key(KeyCode.ENTER);
        user.key(KeyCode.CONTROL, KeyCode.ENTER);
        waitFor(() -> robot.lookup("#changeList").queryListView().getItems().size() == 1);
        assertThat(robot.lookup("#changeList").queryListView().getItems().get(0).toString())
                .isEqualTo("CloseNode[nodeId=" + busiest + "]");

        user.key(KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> !diffTable(robot).getItems().isEmpty());
        assertThat(kpiTable(robot).getItems()).extracting(KpiRow::kpi).contains("fill rate", "cost per order",
                "split rate", "node utilization (mean)");
        user.clickText("Decision diff");
        DiffRow first = diffTable(robot).getItems().get(0);
        assertThat(first.before().nodes()).contains(busiest);
        user.doubleClickRow(first.orderId());
        waitFor(() -> label(robot, "#baselinePlan").startsWith("Profile")
                && label(robot, "#variantPlan").startsWith("Profile"));
        long millis = (System.nanoTime() - openedAt) / 1_000_000;

        assertThat(label(robot, "#detailTitle")).startsWith("Order " + first.orderId());
        assertThat(label(robot, "#baselinePlan")).contains("from " + busiest + ":");
        assertThat(label(robot, "#variantPlan")).doesNotContain("from " + busiest + ":");
        assertThat(verdicts(robot, "#variantVerdicts").getItems()).isNotEmpty();
        LOG.info("what-if question answered from opening the screen in {} ms with {} clicks and {} keys"
                + " ({} of them typed characters)", millis, user.clicks, user.keys, user.typed);
    }

    @Test
    void aChangeTheEngineRefusesIsExplainedAndNotAdded(FxRobot robot) throws TimeoutException {
        waitFor(() -> label(robot, "#summaryLabel").contains("200 orders"));
        robot.clickOn("#addVariantButton");
        robot.push(KeyCode.ALT, KeyCode.G);
        robot.clickOn("#typePicker").clickOn("Scale carrier rates");
        robot.push(KeyCode.ALT, KeyCode.V).write("100%").type(KeyCode.ENTER);

        waitFor(() -> label(robot, "#formErrorLabel").startsWith("Refused:"));
        assertThat(label(robot, "#formErrorLabel")).contains("factor 1", "changes nothing");
        assertThat(robot.lookup("#changeList").queryListView().getItems()).isEmpty();
    }

    @Test
    void aNewStudyAsksBeforeDroppingUnsavedVariants(FxRobot robot) throws TimeoutException {
        waitFor(() -> label(robot, "#summaryLabel").contains("200 orders"));
        robot.clickOn("#addVariantButton");
        ListView<?> variants = robot.lookup("#variantList").queryListView();

        robot.clickOn("#newStudyButton");
        waitFor(() -> robot.lookup("#keepButton").tryQuery().isPresent());
        robot.clickOn("#keepButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(variants.getItems()).hasSize(1);

        robot.clickOn("#newStudyButton");
        waitFor(() -> robot.lookup("#discardButton").tryQuery().isPresent());
        robot.clickOn("#discardButton");
        waitFor(() -> variants.getItems().isEmpty());
        assertThat(label(robot, "#studyTitle")).isEqualTo("Untitled study");
    }

    /** The node the backend shipped the most orders from: closing it moves many. */
    private static String busiestNode() {
        List<CachedOrder> orders = backend.store.read(tx -> tx.planning().ordersCreated(Instant.EPOCH,
                Instant.now().plusSeconds(60)));
        Map<String, Long> byNode = orders.stream().flatMap(o -> o.allocations().stream()
                        .filter(a -> !a.carrier().isEmpty()).map(CachedOrder.Allocation::nodeId).distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return byNode.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).orElseThrow().getKey();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<DiffRow> diffTable(FxRobot robot) {
        return robot.lookup("#diffTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<KpiRow> kpiTable(FxRobot robot) {
        return robot.lookup("#kpiTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<VerdictRow> verdicts(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The user's clicks and keys, counted: a typed word counts one key per character. */
    private static final class Gestures {

        private final FxRobot robot;
        private int clicks;
        private int keys;
        private int typed;

        Gestures(FxRobot robot) {
            this.robot = robot;
        }

        Gestures click(String query) {
            clicks++;
            robot.clickOn(query);
            return this;
        }

        Gestures clickText(String text) {
            clicks++;
            robot.clickOn(text);
            return this;
        }

        Gestures doubleClickRow(String orderId) {
            clicks += 2;
            robot.doubleClickOn(robot.lookup("#diffTable .table-row-cell").match((TableRow<DiffRow> row) ->
                    row.getItem() != null && row.getItem().orderId().equals(orderId)).<TableRow<DiffRow>>query());
            return this;
        }

        Gestures key(KeyCode... chord) {
            keys++;
            robot.push(chord);
            return this;
        }

        Gestures type(String text) {
            keys += text.length();
            typed += text.length();
            robot.write(text);
            return this;
        }
    }
}
