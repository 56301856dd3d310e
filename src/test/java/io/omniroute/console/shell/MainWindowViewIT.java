package io.omniroute.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OrderSummary;
import io.omniroute.sync.LoopbackServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
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

/** The main window over a real server on loopback: navigation, global search, and the status bar's news. */
@ExtendWith(ApplicationExtension.class)
class MainWindowViewIT {

    @TempDir
    Path folder;

    private LoopbackServer server;
    private MainWindowViewModel model;
    private LoopbackConsole console;

    @Start
    void start(Stage stage) throws Exception {
        server = LoopbackServer.start(folder.resolve("server"));
        console = LoopbackConsole.show(stage, server, "plan", ConsolePreferences.inMemory(), folder);
        model = console.model;
    }

    @AfterEach
    void stop() {
        console.close();
        server.close();
    }

    @Test
    void theNavigationAndItsShortcutsSwitchScreens(FxRobot robot) throws Exception {
        awaitOnline(robot);

        robot.clickOn("#navInventory");
        LoopbackConsole.await(() -> "Inventory".equals(label(robot, "#screenTitle").getText()));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        LoopbackConsole.await(() -> "Network".equals(label(robot, "#screenTitle").getText()));
        assertThat(model.screenProperty().get()).isEqualTo(Screen.NETWORK);
    }

    @Test
    void theGlobalSearchJumpsToASkuInTheInventory(FxRobot robot) throws Exception {
        awaitOnline(robot);
        String sku = server.scenario.skus().get(3).sku();

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write(sku);
        LoopbackConsole.await(() -> robot.lookup("#searchResults").queryListView().getItems().size() > 0);
        robot.type(KeyCode.ENTER);

        LoopbackConsole.await(() -> model.screenProperty().get() == Screen.INVENTORY);
        assertThat(model.revealProperty().get()).isEqualTo(new Target.Sku(sku));
        assertThat(robot.lookup("#searchPane").query().isVisible()).isFalse();
    }

    @Test
    void theGlobalSearchOpensAnOrder(FxRobot robot) throws Exception {
        awaitOnline(robot);
        String orderId = createOrder();
        LoopbackConsole.await(() -> session().data().store().read(tx -> tx.orders().summary(orderId)).isPresent());

        robot.clickOn("#searchButton").write(orderId);
        LoopbackConsole.await(() -> robot.lookup("#searchResults").queryListView().getItems().size() > 0);
        robot.type(KeyCode.ENTER);

        LoopbackConsole.await(() -> robot.lookup("#orderDetails").tryQuery().map(node -> ((Label) node).getText())
                .filter(text -> text.contains("WEB")).isPresent());
        TableView<OrderSummary.Allocation> allocations = robot.lookup("#orderAllocations").queryTableView();
        assertThat(allocations.getItems()).isNotEmpty();
    }

    @Test
    void theStatusBarShowsOfflineWhenTheBackendGoesAway(FxRobot robot) throws Exception {
        awaitOnline(robot);

        server.stop();

        LoopbackConsole.await(() -> "OFFLINE".equals(label(robot, "#connectionState").getText()));
    }

    @Test
    void aConflictIsCountedAndListedWithItsDecisions(FxRobot robot) throws Exception {
        awaitOnline(robot);
        String orderId = createOrder();
        LoopbackConsole.await(() -> session().data().store().read(tx -> tx.orders().summary(orderId)).isPresent());

        session().data().store().enqueue(new NewCommand("CANCEL_LINES", "order", orderId, 0,
                "{\"lines\":[{\"line_no\":1,\"qty\":1}]}", "customer asked", "plan"), Instant.now());

        LoopbackConsole.await(() -> robot.lookup("#outboxConflicts").queryButton().getText().startsWith("1 "));
        robot.clickOn("#outboxConflicts");
        LoopbackConsole.await(() -> robot.lookup("#outboxTable").tryQuery().map(table -> ((TableView<?>) table).getItems().size())
                .orElse(0) == 1);
        robot.clickOn(robot.lookup("#outboxTable .table-row-cell").nth(0).<javafx.scene.Node>query());
        Button discard = robot.lookup("#discardCommand").queryButton();
        assertThat(discard.isDisabled()).isFalse();

        robot.clickOn(discard);

        LoopbackConsole.await(() -> robot.lookup("#outboxConflicts").queryButton().getText().startsWith("0 "));
    }

    private ConsoleSession session() {
        return console.session();
    }

    private void awaitOnline(FxRobot robot) throws Exception {
        LoopbackConsole.await(() -> model.phaseProperty().get() == StartPhase.READY);
        LoopbackConsole.await(() -> robot.lookup("#connectionState").tryQuery()
                .map(node -> "ONLINE".equals(((Label) node).getText())).orElse(false));
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    /** Creates an order through the backend's API, as an integration would. */
    private String createOrder() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = send(http, HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"other\",\"password\":\""
                        + LoopbackServer.PASSWORD + "\"}")).build());
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).as("a token in " + login.length() + " characters").isTrue();
        String orderId = "O-UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = """
                {"order_id": "%s", "channel": "WEB", "fulfillment": "SHIP", "service_level": "STANDARD",
                 "lat": 40.7, "lon": -74.0, "zip": "10001", "customer_name": "Ada Park",
                 "lines": [{"line_no": 1, "sku": "%s", "qty": 1}]}
                """.formatted(orderId, server.scenario.skus().get(0).sku());
        send(http, HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/orders"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token.group(1))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return orderId;
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.uri() + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }
}
