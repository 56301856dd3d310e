package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.omniroute.cache.CacheDatabase;
import io.omniroute.cache.FeedChange;
import io.omniroute.cache.H2LocalStore;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The Network screen over a real cache: filters, the list and the map choosing a node together, the keys. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @TempDir
    Path folder;

    private H2LocalStore store;
    private ConsoleData data;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = H2LocalStore.on(CacheDatabase.open(folder.resolve("cache")), clock);
        store.applyPage(feed(), 8);
        data = ConsoleData.over(store, ZipDirectory.bundled());
        data.load(read -> { });
        executor = FxTaskExecutor.create();
        ConsoleContext context = new ConsoleContext(data, executor, clock, new NowhereNavigator(),
                ConsolePreferences.inMemory(), folder.resolve("exports"));
        FXMLLoader loader = new FXMLLoader(NetworkView.class.getResource(Screen.NETWORK.fxml()));
        loader.setControllerFactory(type -> new NetworkView(context));
        Parent root = loader.load();
        stage.setScene(new Scene(root, 1400, 900));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        executor.close();
        data.close();
        store.close();
    }

    @Test
    void filteringByTypeAndChoosingANodeOpensItsPanel(FxRobot robot) throws TimeoutException {
        TableView<NetworkNode> table = robot.lookup("#nodeTable").queryTableView();
        await(() -> table.getItems().size() == 3);

        robot.clickOn("#storeToggle");
        await(() -> table.getItems().size() == 1);
        robot.clickOn("Dallas DC");

        await(() -> robot.lookup("#nodePanel").query().isVisible());
        assertThat(label(robot, "#nameLabel").getText()).isEqualTo("Dallas DC");
        assertThat(label(robot, "#capacityLabel").getText()).isEqualTo("1 of 120 shipments today (1%)");
        assertThat(robot.lookup("#mapCanvas").queryAs(MapCanvas.class).selectedNodeIdProperty().get())
                .isEqualTo("DC-1");
    }

    @Test
    void clickingAMarkerChoosesItsNodeInTheList(FxRobot robot) throws TimeoutException {
        TableView<NetworkNode> table = robot.lookup("#nodeTable").queryTableView();
        MapCanvas map = robot.lookup("#mapCanvas").queryAs(MapCanvas.class);
        await(() -> table.getItems().size() == 3 && map.markerLayout().size() == 3);

        robot.moveTo(markerOnScreen(map, "ST-2"));
        await(() -> "ST-2".equals(map.hoveredNodeIdProperty().get()));
        robot.clickOn(markerOnScreen(map, "ST-2"));

        await(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("ST-2");
        assertThat(label(robot, "#nameLabel").getText()).isEqualTo("Chicago Store");
    }

    @Test
    void theKeysZoomResetCloseAndFind(FxRobot robot) throws TimeoutException {
        MapCanvas map = robot.lookup("#mapCanvas").queryAs(MapCanvas.class);
        TableView<NetworkNode> table = robot.lookup("#nodeTable").queryTableView();
        await(() -> table.getItems().size() == 3);
        robot.clickOn("LA Store");
        await(() -> robot.lookup("#nodePanel").query().isVisible());

        robot.clickOn(map).write("++");
        await(() -> map.viewportProperty().get().zoom() > 2);
        robot.type(KeyCode.RIGHT);
        robot.write("0");
        await(() -> map.viewportProperty().get().isHome());
        robot.type(KeyCode.ESCAPE);
        await(() -> !robot.lookup("#nodePanel").query().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        await(() -> robot.lookup("#searchField").query().isFocused());
        robot.write("0");
        assertThat(map.viewportProperty().get().isHome()).isTrue();
    }

    /** The marker's centre in screen coordinates, where the robot must point. */
    private static Point2D markerOnScreen(MapCanvas map, String nodeId) {
        MarkerLayout layout = map.markerLayout();
        for (int i = 0; i < layout.size(); i++) {
            if (layout.marker(i).nodeId().equals(nodeId)) {
                return map.localToScreen(layout.screenX(i), layout.screenY(i));
            }
        }
        throw new AssertionError(nodeId + " has no marker on the map");
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Two stores and a DC with stock, and one order shipped from the DC today, as the change feed sends them. */
    private static List<FeedChange> feed() {
        return List.of(
                node(1, "DC-1", "Dallas DC", "DC", 32.78, -96.80, "75201", "120"),
                node(2, "ST-1", "LA Store", "STORE", 34.05, -118.24, "90012", "null"),
                node(3, "ST-2", "Chicago Store", "STORE", 41.88, -87.63, "60601", "15"),
                change(4, "sku", "SKU-A", "{\"sku\":\"SKU-A\",\"name\":\"Alpha\",\"category\":\"test\","
                        + "\"unit_price\":9.5}"),
                inventory(5, "DC-1", 400),
                inventory(6, "ST-1", 12),
                inventory(7, "ST-2", 30),
                change(8, "order", "O-1", "{\"order_id\":\"O-1\",\"created_at\":\"2026-03-02T08:00:00Z\","
                        + "\"fulfillment\":\"SHIP\",\"status\":\"SOURCED\",\"pickup_node_id\":null,\"lines\":[],"
                        + "\"allocations\":[{\"line_no\":1,\"sku\":\"SKU-A\",\"qty\":1,\"node_id\":\"DC-1\","
                        + "\"shipment_id\":\"S1\"}]}"));
    }

    private static FeedChange node(long seq, String id, String name, String type, double lat, double lon,
            String zip, String capacity) {
        return change(seq, "node", id, "{\"node_id\":\"" + id + "\",\"name\":\"" + name + "\",\"type\":\"" + type
                + "\",\"lat\":" + lat + ",\"lon\":" + lon + ",\"zip\":\"" + zip + "\",\"ship\":true,"
                + "\"pickup\":false,\"same_day\":false,\"returns\":true,\"daily_capacity\":" + capacity
                + ",\"handling_cost\":1.0,\"pick_cost\":0.5,\"processing_days\":1,\"tags\":[\"test\"]}");
    }

    private static FeedChange inventory(long seq, String nodeId, int onHand) {
        return change(seq, "inventory", nodeId + "|SKU-A", "{\"node_id\":\"" + nodeId + "\",\"sku\":\"SKU-A\","
                + "\"on_hand\":" + onHand + ",\"safety_stock\":0,\"reserved\":2,\"atp\":" + (onHand - 2)
                + ",\"updated_at\":\"2026-03-02T08:15:00Z\"}");
    }

    private static FeedChange change(long seq, String entity, String id, String json) {
        return new FeedChange(seq, entity, id, 1, false, Optional.of(json));
    }

    /** The screen is shown alone: a jump to another screen has nowhere to go. */
    private static final class NowhereNavigator implements Navigator {
        @Override
        public void show(Screen screen) {
        }

        @Override
        public void reveal(Target target) {
        }
    }
}
