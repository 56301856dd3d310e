package io.omniroute.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.FeedChange;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.NodeRow;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.Navigator;
import io.omniroute.console.shell.Screen;
import io.omniroute.console.shell.Target;
import io.omniroute.console.task.FxTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The Inventory screen over a real cache, as the shell loads it: FXML, controller factory, FX task executor. */
@ExtendWith(ApplicationExtension.class)
class InventoryViewTest {

    private static final Navigator NO_NAVIGATION = new Navigator() {
        @Override
        public void show(Screen screen) {
        }

        @Override
        public void reveal(Target target) {
        }
    };

    @TempDir
    static Path dir;
    private static int cacheNumber;

    private H2LocalStore store;
    private ConsoleData data;
    private FxTaskExecutor executor;
    private InventoryView view;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = H2LocalStore.on(CacheDatabase.open(dir.resolve("cache-" + ++cacheNumber)), Clock.systemUTC());
        store.applyPage(network(), 100);
        data = ConsoleData.over(store, ZipDirectory.bundled());
        data.load(read -> { });
        executor = FxTaskExecutor.create();
        ConsoleContext context = new ConsoleContext(data, executor, Clock.fixed(TestNetwork.NOW, ZoneOffset.UTC),
                NO_NAVIGATION, ConsolePreferences.inMemory(), dir);
        FXMLLoader loader = new FXMLLoader(InventoryView.class.getResource(Screen.INVENTORY.fxml()));
        loader.setControllerFactory(type -> construct(type, context));
        Parent root = loader.load();
        view = loader.getController();
        stage.setScene(new Scene(root, 1400, 800));
        stage.show();
        stage.requestFocus();
        view.shown();
    }

    @AfterEach
    void close() {
        executor.close();
        data.close();
        store.close();
    }

    @Test
    void filtersByTextSortsByAColumnAndCountsTheRows(FxRobot robot) throws TimeoutException {
        waitFor(() -> countText(robot).equals("7 of 7 positions"));

        robot.clickOn("#filterField").write("lamp");
        waitFor(() -> countText(robot).equals("3 of 7 positions"));
        assertThat(table(robot).getItems().get(0).nodeId()).isEqualTo("DC-001");

        robot.clickOn("#atpColumn");
        waitFor(() -> table(robot).getItems().get(0).nodeId().equals("ST-004"));
        robot.clickOn("#atpColumn");
        waitFor(() -> table(robot).getItems().get(0).nodeId().equals("DC-001"));

        assertThat(table(robot).getItems()).extracting(PositionRecord::atp).containsExactly(120, 40, 9);
        assertThat(robot.lookup("#queryTimeLabel").queryLabeled().getText()).matches("query \\d+ ms");
    }

    @Test
    void ctrlFFocusesTheFilterAndEscapeClearsIt(FxRobot robot) throws TimeoutException {
        waitFor(() -> countText(robot).equals("7 of 7 positions"));
        robot.clickOn("#table");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("tent");
        waitFor(() -> countText(robot).equals("2 of 7 positions"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        waitFor(() -> countText(robot).equals("7 of 7 positions"));
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aLiveUpdateKeepsTheSelectedPosition(FxRobot robot) throws TimeoutException {
        waitFor(() -> countText(robot).equals("7 of 7 positions"));
        robot.clickOn("#atpColumn").clickOn("#atpColumn");
        waitFor(() -> table(robot).getItems().get(0).atp() == 120);
        robot.interact(() -> table(robot).getSelectionModel().select(0));

        store.applyPage(List.of(inventory(200, "DC-001", "SKU-2", 1)), 200);

        waitFor(() -> selected(robot).map(record -> record.atp() == 1).orElse(false));
        assertThat(selected(robot).orElseThrow().nodeId() + "/" + selected(robot).orElseThrow().sku())
                .isEqualTo("DC-001/SKU-2");
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(5);
    }

    @Test
    void revealingASkuSelectsItAndShowsItsNetwork(FxRobot robot) throws TimeoutException {
        waitFor(() -> countText(robot).equals("7 of 7 positions"));

        robot.interact(() -> view.reveal(new Target.Sku("SKU-3")));

        waitFor(() -> countText(robot).equals("2 of 7 positions") && selected(robot).isPresent());
        assertThat(selected(robot).orElseThrow().sku()).isEqualTo("SKU-3");
        waitFor(() -> robot.lookup("#titleLabel").queryAs(Label.class).getText().equals("SKU-3 · Alpine Tent"));
        robot.clickOn("#zipField").write("75233");
        waitFor(() -> robot.lookup("#nearestTable").queryTableView().getItems().size() == 1);
    }

    private static String countText(FxRobot robot) {
        return robot.lookup("#countLabel").queryLabeled().getText();
    }

    private static TableView<PositionRecord> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    private static Optional<PositionRecord> selected(FxRobot robot) {
        return Optional.ofNullable(table(robot).getSelectionModel().getSelectedItem());
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the shell's controller factory does: the public constructor taking the context. */
    private static Object construct(Class<?> type, ConsoleContext context) {
        try {
            return type.getConstructor(ConsoleContext.class).newInstance(context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    /** The test network's nodes, SKUs and positions as the backend's change feed sends them. */
    private static List<FeedChange> network() {
        List<FeedChange> changes = new ArrayList<>();
        long seq = 1;
        for (NodeRow node : TestNetwork.NODES) {
            changes.add(change(seq++, "node", node.id(), String.format(Locale.ROOT, "{\"node_id\":\"%s\",\"name\":\"%s\","
                    + "\"type\":\"%s\",\"lat\":%s,\"lon\":%s,\"zip\":\"%s\",\"ship\":true,\"pickup\":false,"
                    + "\"same_day\":false,\"returns\":true,\"daily_capacity\":null,\"handling_cost\":2.5,"
                    + "\"pick_cost\":0.3,\"processing_days\":1,\"tags\":[]}", node.id(), node.name(), node.type(),
                    node.lat(), node.lon(), node.zip())));
        }
        TestNetwork.SKUS.forEach(sku -> changes.add(change(0, "sku", sku.sku(), "{\"sku\":\"" + sku.sku()
                + "\",\"name\":\"" + sku.name().replace("\"", "\\\"") + "\",\"category\":\"" + sku.category()
                + "\",\"weight_kg\":1.0,\"unit_price\":" + sku.unitPrice() + "}")));
        TestNetwork.table().read(view -> {
            for (int row = 0; row < view.rows(); row++) {
                changes.add(inventory(50 + row, view.nodeId(view.node(row)), view.skuId(view.sku(row)), view.atp(row),
                        Instant.ofEpochSecond(view.updatedEpochSecond(row))));
            }
            return null;
        });
        return changes;
    }

    private static FeedChange inventory(long seq, String node, String sku, int atp) {
        return inventory(seq, node, sku, atp, TestNetwork.FRESH);
    }

    private static FeedChange inventory(long seq, String node, String sku, int atp, Instant updated) {
        return change(seq, "inventory", node + "|" + sku, String.format(Locale.ROOT, "{\"node_id\":\"%s\","
                + "\"sku\":\"%s\",\"on_hand\":%d,\"safety_stock\":2,\"reserved\":5,\"atp\":%d,\"updated_at\":\"%s\"}",
                node, sku, atp + 7, atp, updated));
    }

    private static FeedChange change(long seq, String entity, String id, String json) {
        return new FeedChange(seq, entity, id, seq, false, Optional.of(json));
    }
}
