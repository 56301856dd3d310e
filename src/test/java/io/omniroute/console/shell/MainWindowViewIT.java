package io.omniroute.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.backend.ConsoleBackend;
import io.omniroute.cache.NewCommand;
import io.omniroute.cache.OrderSummary;
import io.omniroute.console.task.FxTaskExecutor;
import io.omniroute.sync.LoopbackServer;
import io.omniroute.sync.Password;
import io.omniroute.sync.RetryPolicy;
import io.omniroute.sync.SyncSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
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
import org.testfx.util.WaitForAsyncUtils;

/** The main window over a real server on loopback: navigation, global search, and the status bar's news. */
@ExtendWith(ApplicationExtension.class)
class MainWindowViewIT {

    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path folder;

    private LoopbackServer server;
    private MainWindowViewModel model;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        server = LoopbackServer.start(folder.resolve("server"));
        SyncSettings settings = SyncSettings.of(server.url(), "plan", Password.of(LoopbackServer.PASSWORD
                .toCharArray()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30))
                .withRetry(new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(500), 0.5),
                        Duration.ofMillis(20), Duration.ofMillis(200));
        executor = FxTaskExecutor.create();
        ConsolePreferences preferences = ConsolePreferences.inMemory();
        model = new MainWindowViewModel(executor, preferences);
        MainWindowView view = new MainWindowView(model, executor, preferences, Clock.systemUTC(),
                folder.resolve("exports"));
        stage.setScene(new Scene(ConsoleApp.mainWindow(view), 1400, 900));
        ConsoleApp.applyTheme(false);
        stage.show();
        stage.requestFocus();
        model.start(progress -> ConsoleSession.open(
                opened -> ConsoleBackend.remote(folder.resolve("cache"), settings), progress::accept));
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
    void theNavigationAndItsShortcutsSwitchScreens(FxRobot robot) throws Exception {
        awaitOnline(robot);

        robot.clickOn("#navInventory");
        await(() -> "Inventory".equals(label(robot, "#screenTitle").getText()));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        await(() -> "Network".equals(label(robot, "#screenTitle").getText()));
        assertThat(model.screenProperty().get()).isEqualTo(Screen.NETWORK);
    }

    @Test
    void theGlobalSearchJumpsToASkuInTheInventory(FxRobot robot) throws Exception {
        awaitOnline(robot);
        String sku = server.scenario.skus().get(3).sku();

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write(sku);
        await(() -> robot.lookup("#searchResults").queryListView().getItems().size() > 0);
        robot.type(KeyCode.ENTER);

        await(() -> model.screenProperty().get() == Screen.INVENTORY);
        assertThat(model.revealProperty().get()).isEqualTo(new Target.Sku(sku));
        assertThat(robot.lookup("#searchPane").query().isVisible()).isFalse();
    }

    @Test
    void theGlobalSearchOpensAnOrder(FxRobot robot) throws Exception {
        awaitOnline(robot);
        String orderId = createOrder();
        await(() -> session().data().store().read(tx -> tx.orders().summary(orderId)).isPresent());

        robot.clickOn("#searchButton").write(orderId);
        await(() -> robot.lookup("#searchResults").queryListView().getItems().size() > 0);
        robot.type(KeyCode.ENTER);

        await(() -> robot.lookup("#orderDetails").tryQuery().map(node -> ((Label) node).getText())
                .filter(text -> text.contains("WEB")).isPresent());
        TableView<OrderSummary.Allocation> allocations = robot.lookup("#orderAllocations").queryTableView();
        assertThat(allocations.getItems()).isNotEmpty();
    }

    @Test
    void theStatusBarShowsOfflineWhenTheBackendGoesAway(FxRobot robot) throws Exception {
        awaitOnline(robot);

        server.stop();

        await(() -> "OFFLINE".equals(label(robot, "#connectionState").getText()));
    }

    @Test
    void aConflictIsCountedAndListedWithItsDecisions(FxRobot robot) throws Exception {
        awaitOnline(robot);
        String orderId = createOrder();
        await(() -> session().data().store().read(tx -> tx.orders().summary(orderId)).isPresent());

        session().data().store().enqueue(new NewCommand("CANCEL_LINES", "order", orderId, 0,
                "{\"lines\":[{\"line_no\":1,\"qty\":1}]}", "customer asked", "plan"), Instant.now());

        await(() -> robot.lookup("#outboxConflicts").queryButton().getText().startsWith("1 "));
        robot.clickOn("#outboxConflicts");
        await(() -> robot.lookup("#outboxTable").tryQuery().map(table -> ((TableView<?>) table).getItems().size())
                .orElse(0) == 1);
        robot.clickOn(robot.lookup("#outboxTable .table-row-cell").nth(0).<javafx.scene.Node>query());
        Button discard = robot.lookup("#discardCommand").queryButton();
        assertThat(discard.isDisabled()).isFalse();

        robot.clickOn(discard);

        await(() -> robot.lookup("#outboxConflicts").queryButton().getText().startsWith("0 "));
    }

    private ConsoleSession session() {
        return model.sessionProperty().get();
    }

    private void awaitOnline(FxRobot robot) throws Exception {
        await(() -> model.phaseProperty().get() == StartPhase.READY);
        await(() -> robot.lookup("#connectionState").tryQuery()
                .map(node -> "ONLINE".equals(((Label) node).getText())).orElse(false));
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
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
