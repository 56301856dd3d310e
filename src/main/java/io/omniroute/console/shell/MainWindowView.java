package io.omniroute.console.shell;

import io.omniroute.console.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's controller: navigation buttons, the start overlay, the screens (each loaded once, on first
 * use), the global search overlay and the status bar. State lives in {@link MainWindowViewModel}.
 */
public final class MainWindowView {

    private final MainWindowViewModel model;
    private final TaskExecutor executor;
    private final ConsolePreferences preferences;
    private final Clock clock;
    private final Path exportDir;
    private final Map<Screen, ScreenLoader.Loaded<ScreenView>> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private ScreenLoader loader;
    private SearchViewModel search;
    private OutboxViewModel outbox;
    private Screen shown;

    @FXML private BorderPane root;
    @FXML private Label screenTitle;
    @FXML private ToggleButton themeButton;
    @FXML private Button searchButton;
    @FXML private Button helpButton;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private VBox startPane;
    @FXML private Label startTitle;
    @FXML private ProgressBar startProgress;
    @FXML private Label startMessage;
    @FXML private VBox searchPane;
    @FXML private TextField searchField;
    @FXML private ListView<SearchHit> searchResults;
    @FXML private Label searchMessage;
    @FXML private StatusBar statusBar;

    public MainWindowView(MainWindowViewModel model, TaskExecutor executor, ConsolePreferences preferences,
            Clock clock, Path exportDir) {
        this.model = model;
        this.executor = executor;
        this.preferences = preferences;
        this.clock = clock;
        this.exportDir = exportDir;
    }

    @FXML
    private void initialize() {
        startMessage.textProperty().bind(model.startMessageProperty());
        startProgress.progressProperty().bind(model.startProgressProperty());
        model.phaseProperty().addListener((observable, before, phase) -> phaseChanged(phase));
        model.screenProperty().addListener((observable, before, screen) -> showScreen(screen));
        model.revealProperty().addListener((observable, before, target) -> reveal(target));
        themeButton.selectedProperty().bindBidirectional(model.darkProperty());
        themeButton.setTooltip(new Tooltip("Dark theme  (Ctrl+Shift+L)"));
        helpButton.setTooltip(new Tooltip("Keyboard shortcuts  (F1)"));
        searchButton.setDisable(true);
        screenTitle.setText("");
        root.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    private void phaseChanged(StartPhase phase) {
        if (phase == StartPhase.READY) {
            ready();
        } else if (phase == StartPhase.FAILED) {
            startTitle.setText("Omniroute could not start");
            startProgress.setVisible(false);
        } else if (phase == StartPhase.LOADING) {
            startTitle.setText("Loading the network");
        }
    }

    private void ready() {
        ConsoleSession session = Objects.requireNonNull(model.sessionProperty().get(), "session");
        ConsoleContext context = new ConsoleContext(session.data(), executor, clock, model, preferences, exportDir,
                model.userProperty().get());
        loader = new ScreenLoader(context);
        ConsoleUser user = model.userProperty().get();
        StatusBarViewModel status = new StatusBarViewModel(executor, clock, ZoneId.systemDefault(),
                user.name() + " · " + user.role() + user.storeNodeId().map(node -> " · " + node).orElse(""),
                session.data().store()::outboxCounts);
        StatusBarWiring.connect(session, status);
        StatusBarView.bind(statusBar, status, this::openOutbox);
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> status.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        outbox = new OutboxViewModel(session.data().store(), executor, clock);
        search = new SearchViewModel(executor, session.data()::catalog,
                text -> session.data().store().read(tx -> tx.orders().idsStartingWith(text, SearchViewModel.LIMIT)),
                model);
        bindSearch();
        content.getChildren().remove(startPane);
        addNavigation(model.offered());
        searchButton.setDisable(false);
        showScreen(model.screenProperty().get());
    }

    /** One button per screen the user is offered; a store manager sees only their store's queue. */
    private void addNavigation(List<Screen> offered) {
        for (Screen screen : offered) {
            ToggleButton button = new ToggleButton(screen.title(), new FontIcon(screen.icon()));
            button.setId("nav" + screen.name().charAt(0) + screen.name().substring(1).toLowerCase(Locale.ROOT));
            button.setToggleGroup(navigationGroup);
            button.setTooltip(new Tooltip(screen.title() + "  (Ctrl+" + screen.shortcutDigit() + ")"));
            button.setOnAction(event -> model.show(screen));
            buttons.put(screen, button);
            navigation.getChildren().add(button);
        }
    }

    private void showScreen(Screen screen) {
        if (loader == null || screen == null) {
            return;
        }
        if (shown != null && screens.containsKey(shown)) {
            screens.get(shown).controller().hidden();
            screens.get(shown).root().setVisible(false);
        }
        ScreenLoader.Loaded<ScreenView> loaded = screens.computeIfAbsent(screen, this::load);
        loaded.root().setVisible(true);
        buttons.get(screen).setSelected(true);
        screenTitle.setText(screen.title());
        shown = screen;
        loaded.controller().shown();
    }

    private ScreenLoader.Loaded<ScreenView> load(Screen screen) {
        ScreenLoader.Loaded<ScreenView> loaded;
        try {
            loaded = loader.load(screen.fxml());
        } catch (RuntimeException e) {
            Label failure = new Label("The " + screen.title() + " screen could not open: " + e.getMessage());
            failure.setWrapText(true);
            loaded = new ScreenLoader.Loaded<>(new StackPane(failure), new ScreenView() { });
        }
        content.getChildren().add(0, loaded.root());
        return loaded;
    }

    private void reveal(Target target) {
        if (target == null || loader == null) {
            return;
        }
        if (target instanceof Target.Order order) {
            OrderPeekDialog.show(root.getScene().getWindow(), model.sessionProperty().get().data().store(), executor,
                    order.orderId(), ZoneId.systemDefault());
            return;
        }
        if (shown != null && screens.containsKey(shown)) {
            screens.get(shown).controller().reveal(target);
        }
    }

    private void bindSearch() {
        searchResults.setItems(search.hits());
        searchResults.setCellFactory(list -> new SearchHitCell());
        searchField.textProperty().bindBidirectional(search.queryProperty());
        searchMessage.textProperty().bind(search.messageProperty());
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKey);
        searchResults.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKey);
        searchResults.setOnMouseClicked(event -> openSelectedHit());
    }

    private void searchKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            closeSearch();
        } else if (event.getCode() == KeyCode.ENTER) {
            openSelectedHit();
        } else if (event.getCode() == KeyCode.DOWN && event.getTarget() == searchField) {
            searchResults.requestFocus();
            searchResults.getSelectionModel().selectFirst();
        } else {
            return;
        }
        event.consume();
    }

    private void openSelectedHit() {
        SearchHit selected = searchResults.getSelectionModel().getSelectedItem();
        if (selected != null) {
            search.open(selected);
            closeSearch();
        } else if (search.openFirst()) {
            closeSearch();
        }
    }

    @FXML
    private void openSearch() {
        if (search == null) {
            return;
        }
        searchPane.setManaged(true);
        searchPane.setVisible(true);
        searchPane.toFront();
        searchField.requestFocus();
        searchField.selectAll();
    }

    private void closeSearch() {
        searchPane.setVisible(false);
        searchPane.setManaged(false);
        search.queryProperty().set("");
    }

    @FXML
    private void showShortcuts() {
        List<String[]> rows = new ArrayList<>(ShortcutsDialog.shortcuts());
        if (shown != null) {
            screens.get(shown).controller().shortcuts().forEach(row -> rows.add(new String[] {
                    shown.title() + ": " + row[0], row[1]}));
        }
        ShortcutsDialog.show(root.getScene().getWindow(), "Keyboard shortcuts", rows);
    }

    private void openOutbox() {
        OutboxDialog.show(root.getScene().getWindow(), outbox, ZoneId.systemDefault());
    }

    private void installShortcuts(Scene scene) {
        for (Screen screen : Screen.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(
                    Integer.toString(screen.shortcutDigit())), KeyCombination.SHORTCUT_DOWN), () -> {
                        if (loader != null) {
                            model.show(screen);
                        }
                    });
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                this::openSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), model::toggleTheme);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
    }

    /** The window's root, for the app to size and style. */
    Parent root() {
        return root;
    }

    /** The screen currently shown, for tests. */
    Node shownScreen() {
        return shown == null ? null : screens.get(shown).root();
    }
}
